using System.Globalization;
using System.Text;

namespace Entsoe.Transparency.Tests.Parsing;

/// <summary>
/// Documents shaped as the platform sends them (IEC 62325-451 market documents), written for these tests. Header
/// fields the parser does not read (sender, receiver, revision) are kept so the tests prove they are skipped.
/// </summary>
internal static class SampleDocuments
{
    public const string Publication70 = "urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:0";
    public const string Publication73 = "urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3";
    public const string GenerationLoad30 = "urn:iec62325.351:tc57wg16:451-6:generationloaddocument:3:0";
    public const string Acknowledgement70 = "urn:iec62325.351:tc57wg16:451-1:acknowledgementdocument:7:0";

    /// <summary>A day-ahead price document (A44) with one series and one period holding the given points.</summary>
    public static byte[] DayAheadPrices(string ns, string resolution, string start, string end, string curveType, params (int Position, string Price)[] points)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Publication_MarketDocument xmlns="{ns}">
              <mRID>0b3a5a4e2c5f4d8b9a51e0c1d2f3a4b5</mRID>
              <revisionNumber>1</revisionNumber>
              <type>A44</type>
              <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
              <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
              <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
              <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
              <createdDateTime>2024-01-01T11:58:03Z</createdDateTime>
              <period.timeInterval>
                <start>{start}</start>
                <end>{end}</end>
              </period.timeInterval>
              <TimeSeries>
                <mRID>1</mRID>
                <auction.type>A01</auction.type>
                <businessType>A62</businessType>
                <in_Domain.mRID codingScheme="A01">10YNL----------L</in_Domain.mRID>
                <out_Domain.mRID codingScheme="A01">10YNL----------L</out_Domain.mRID>
                <contract_MarketAgreement.type>A01</contract_MarketAgreement.type>
                <currency_Unit.name>EUR</currency_Unit.name>
                <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
                <curveType>{curveType}</curveType>
                <Period>
                  <timeInterval>
                    <start>{start}</start>
                    <end>{end}</end>
                  </timeInterval>
                  <resolution>{resolution}</resolution>

            """);
        foreach (var (position, price) in points)
        {
            xml.Append(CultureInfo.InvariantCulture, $"      <Point>\n        <position>{position}</position>\n        <price.amount>{price}</price.amount>\n      </Point>\n");
        }

        xml.Append("    </Period>\n  </TimeSeries>\n</Publication_MarketDocument>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>24 hourly prices for 1 January 2024 (CET day: 2023-12-31T23:00Z to 2024-01-01T23:00Z), 50.00 + position.</summary>
    public static byte[] HourlyPrices(string ns = Publication73) =>
        DayAheadPrices(ns, "PT60M", "2023-12-31T23:00Z", "2024-01-01T23:00Z", "A03", [.. Enumerable.Range(1, 24).Select(p => (p, (50 + p).ToString("0.00", CultureInfo.InvariantCulture)))]);

    /// <summary>
    /// A one-year price document at 15 minutes: one series, one period from <paramref name="year"/>-01-01T00:00Z to the
    /// next year's, every position stated (35,040 points in a year of 365 days).
    /// </summary>
    public static byte[] OneYearQuarterHourPrices(int year)
    {
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = start.AddYears(1);
        var count = (int)((end - start).Ticks / TimeSpan.FromMinutes(15).Ticks);
        var points = new (int, string)[count];
        for (var i = 0; i < count; i++)
        {
            points[i] = (i + 1, ((i % 400) - 50 + 0.25m).ToString(CultureInfo.InvariantCulture));
        }

        return DayAheadPrices(Publication73, "PT15M", start.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture), end.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture), "A03", points);
    }

    /// <summary>Actual total load (A65) for the Netherlands, 15-minute quantities in MAW, realised (A16).</summary>
    public static byte[] ActualLoad() => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <GL_MarketDocument xmlns="{GenerationLoad30}">
          <mRID>5c1f0e2a7b9d4c3e8f6a1b2c3d4e5f60</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A65</type>
          <process.processType>A16</process.processType>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
          <createdDateTime>2024-03-02T08:15:00Z</createdDateTime>
          <time_Period.timeInterval>
            <start>2024-03-01T23:00Z</start>
            <end>2024-03-02T00:00Z</end>
          </time_Period.timeInterval>
          <TimeSeries>
            <mRID>1</mRID>
            <businessType>A04</businessType>
            <objectAggregation>A01</objectAggregation>
            <outBiddingZone_Domain.mRID codingScheme="A01">10YNL----------L</outBiddingZone_Domain.mRID>
            <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
            <curveType>A01</curveType>
            <Period>
              <timeInterval>
                <start>2024-03-01T23:00Z</start>
                <end>2024-03-02T00:00Z</end>
              </timeInterval>
              <resolution>PT15M</resolution>
              <Point>
                <position>1</position>
                <quantity>11523</quantity>
              </Point>
              <Point>
                <position>2</position>
                <quantity>11387.5</quantity>
              </Point>
              <Point>
                <position>3</position>
                <quantity>11240</quantity>
              </Point>
              <Point>
                <position>4</position>
                <quantity>11102</quantity>
              </Point>
            </Period>
          </TimeSeries>
        </GL_MarketDocument>
        """);

    /// <summary>Actual generation per type (A75) for Germany: solar (B16) and wind onshore (B19), hourly, two series.</summary>
    public static byte[] GenerationPerType() => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <GL_MarketDocument xmlns="{GenerationLoad30}">
          <mRID>9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A75</type>
          <process.processType>A16</process.processType>
          <createdDateTime>2024-06-02T10:00:00Z</createdDateTime>
          <time_Period.timeInterval>
            <start>2024-06-01T10:00Z</start>
            <end>2024-06-01T12:00Z</end>
          </time_Period.timeInterval>
          <TimeSeries>
            <mRID>1</mRID>
            <businessType>A01</businessType>
            <objectAggregation>A08</objectAggregation>
            <inBiddingZone_Domain.mRID codingScheme="A01">10Y1001A1001A82H</inBiddingZone_Domain.mRID>
            <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
            <curveType>A01</curveType>
            <MktPSRType>
              <psrType>B16</psrType>
            </MktPSRType>
            <Period>
              <timeInterval>
                <start>2024-06-01T10:00Z</start>
                <end>2024-06-01T12:00Z</end>
              </timeInterval>
              <resolution>PT60M</resolution>
              <Point>
                <position>1</position>
                <quantity>41210</quantity>
              </Point>
              <Point>
                <position>2</position>
                <quantity>43877</quantity>
              </Point>
            </Period>
          </TimeSeries>
          <TimeSeries>
            <mRID>2</mRID>
            <businessType>A01</businessType>
            <objectAggregation>A08</objectAggregation>
            <inBiddingZone_Domain.mRID codingScheme="A01">10Y1001A1001A82H</inBiddingZone_Domain.mRID>
            <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
            <curveType>A01</curveType>
            <MktPSRType>
              <psrType>B19</psrType>
            </MktPSRType>
            <Period>
              <timeInterval>
                <start>2024-06-01T10:00Z</start>
                <end>2024-06-01T12:00Z</end>
              </timeInterval>
              <resolution>PT60M</resolution>
              <Point>
                <position>1</position>
                <quantity>5120</quantity>
              </Point>
              <Point>
                <position>2</position>
                <quantity>4987</quantity>
              </Point>
            </Period>
          </TimeSeries>
        </GL_MarketDocument>
        """);

    /// <summary>A series in a GL document with the given resolution, interval and quantities at positions 1..n.</summary>
    public static byte[] Capacity(string resolution, string start, string end, params string[] quantities)
    {
        var points = string.Concat(quantities.Select((q, i) => $"<Point><position>{i + 1}</position><quantity>{q}</quantity></Point>"));
        return Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <GL_MarketDocument xmlns="{GenerationLoad30}">
              <type>A68</type>
              <process.processType>A33</process.processType>
              <TimeSeries>
                <mRID>1</mRID>
                <businessType>A37</businessType>
                <inBiddingZone_Domain.mRID codingScheme="A01">10YFR-RTE------C</inBiddingZone_Domain.mRID>
                <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
                <curveType>A01</curveType>
                <MktPSRType><psrType>B14</psrType></MktPSRType>
                <Period>
                  <timeInterval><start>{start}</start><end>{end}</end></timeInterval>
                  <resolution>{resolution}</resolution>
                  {points}
                </Period>
              </TimeSeries>
            </GL_MarketDocument>
            """);
    }

    /// <summary>The acknowledgement the platform sends when a query matches no data (reason 999).</summary>
    public static byte[] Acknowledgement(string code, string text) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Acknowledgement_MarketDocument xmlns="{Acknowledgement70}">
          <mRID>3f1c2b9a-5e8d-4a7b-9c6f-0d1e2f3a4b5c</mRID>
          <createdDateTime>2024-01-01T12:00:00Z</createdDateTime>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A39</receiver_MarketParticipant.marketRole.type>
          <received_MarketDocument.createdDateTime>2024-01-01T12:00:00Z</received_MarketDocument.createdDateTime>
          <Reason>
            <code>{code}</code>
            <text>{text}</text>
          </Reason>
        </Acknowledgement_MarketDocument>
        """);

    /// <summary>A document whose root element is <paramref name="root"/> and whose one series holds the given XML.</summary>
    public static byte[] WithSeries(string root, string ns, string series) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <{root} xmlns="{ns}">
          <type>A00</type>
          <TimeSeries>
            {series}
          </TimeSeries>
        </{root}>
        """);
}
