using System.Globalization;
using System.Text;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// Documents of the market, load-forecast, per-unit capacity and hydro storage items, written by hand in the platform's
/// schema (IEC 62325-451 GL, publication and balancing market documents): several series, A03 curves with left-out
/// positions, and days and weeks across the 2026 DST changes (29 March, 25 October, 01:00Z in every EU zone).
/// </summary>
internal static class MarketDataItemDocuments
{
    public const string BalancingNamespace = "urn:iec62325.351:tc57wg16:451-6:balancingdocument:4:4";

    public const string Be = "10YBE----------2";
    public const string Bg = "10YCA-BULGARIA-R";
    public const string Cz = "10YCZ-CEPS-----N";
    public const string DeLu = "10Y1001A1001A82H";
    public const string Nl = "10YNL----------L";

    /// <summary>The coupling region on the other side of a net position (the CWE region's EIC code).</summary>
    public const string Region = "10YDOM-REGION-1V";

    /// <summary>
    /// Week-ahead load forecast (A65, A31) of Czechia for the week of Monday 19 October 2026, local days from
    /// 2026-10-18T22:00Z; Sunday 25 October lasts 25 hours, so the week ends at 2026-10-25T23:00Z. A minimum (A60, A03,
    /// position 6 left out: it repeats 5079) and a maximum (A61, every position stated) per day.
    /// </summary>
    public static string WeekAheadLoadCz() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <GL_MarketDocument xmlns="{DataItemDocuments.GenerationLoadNamespace}">
          <mRID>443517fe11ae4bd19f39e485111331e2</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A65</type>
          <process.processType>A31</process.processType>
          <createdDateTime>2026-10-16T13:17:28Z</createdDateTime>
          <time_Period.timeInterval><start>2026-10-18T22:00Z</start><end>2026-10-25T23:00Z</end></time_Period.timeInterval>
          {LoadRange("1", "A60", [4839m, 5106m, 5215m, 5113m, 5079m, null, 4200m])}
          {LoadRange("2", "A61", [6001m, 6002m, 6003m, 6004m, 6005m, 6006m, 6007m])}
        </GL_MarketDocument>
        """;

    /// <summary>
    /// Actual load of DE-LU on 29 March 2026 (23 local hours from 2026-03-28T23:00Z), published up to 02:00Z only:
    /// PT15M, A03, positions 1 (50000), 6 (50500) and 11 (52000) of 12 stated.
    /// </summary>
    public static string ActualLoadSpringDay() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <GL_MarketDocument xmlns="{DataItemDocuments.GenerationLoadNamespace}">
          <mRID>actual-load-de-lu-20260329</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A65</type>
          <process.processType>A16</process.processType>
          <createdDateTime>2026-03-29T02:10:00Z</createdDateTime>
          <time_Period.timeInterval><start>2026-03-28T23:00Z</start><end>2026-03-29T02:00Z</end></time_Period.timeInterval>
          <TimeSeries>
            <mRID>1</mRID>
            <businessType>A04</businessType>
            <objectAggregation>A01</objectAggregation>
            <outBiddingZone_Domain.mRID codingScheme="A01">{DeLu}</outBiddingZone_Domain.mRID>
            <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
            <curveType>A03</curveType>
            <Period>
              <timeInterval><start>2026-03-28T23:00Z</start><end>2026-03-29T02:00Z</end></timeInterval>
              <resolution>PT15M</resolution>
              <Point><position>1</position><quantity>50000</quantity></Point>
              <Point><position>6</position><quantity>50500</quantity></Point>
              <Point><position>11</position><quantity>52000</quantity></Point>
            </Period>
          </TimeSeries>
        </GL_MarketDocument>
        """;

    /// <summary>Day-ahead load forecast of DE-LU on 29 March 2026: PT60M, A01, 23 positions, position n = 48000 + n.</summary>
    public static string DayAheadLoadSpringDay() =>
        DataItemDocuments.GenerationLoad(
            "A65",
            "A01",
            DataItemDocuments.Series("1", "A04", DataItemDocuments.Domain("outBiddingZone_Domain", DeLu), "PT60M", SpringDayStart, SpringDayStart.AddHours(23), 23, 48_001m));

    /// <summary>2026-03-28T23:00Z: local midnight of 29 March in Berlin, a 23-hour day.</summary>
    public static readonly DateTimeOffset SpringDayStart = new(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);

    /// <summary>2026-10-24T22:00Z: local midnight of 25 October in Berlin, a 25-hour day.</summary>
    public static readonly DateTimeOffset AutumnDayStart = new(2026, 10, 24, 22, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Installed capacity per unit (A71, A33) in the Netherlands, in the platform's flattened interval shape
    /// (<c>timeInterval.start</c> with seconds): Westereems (B19, 120.3 MW) for 2026, and Eemshaven A (B04) for 2025
    /// (777 MW) and 2026 (800 MW), one series per unit and year as the platform sends them.
    /// </summary>
    public static string InstalledCapacityPerUnitNl() => $"""
        <GL_MarketDocument xmlns="{DataItemDocuments.GenerationLoadNamespace}">
          <mRID>01df3d5c079240ad901e01e31ec5ef56</mRID>
          <type>A71</type>
          <process.processType>A33</process.processType>
          <createdDateTime>2026-05-24T18:41:17Z</createdDateTime>
          <time_Period.timeInterval.start>2024-12-31T23:00:00Z</time_Period.timeInterval.start>
          <time_Period.timeInterval.end>2026-12-31T23:00:00Z</time_Period.timeInterval.end>
          {UnitCapacity("3b3c48597174458c", "49W000000000000J", "Westereems", "B19", 110, "2025-12-31T23:00:00Z", "2026-12-31T23:00:00Z", "120.3")}
          {UnitCapacity("27307518b5d445fa", "49W000000000054X", "Eemshaven A", "B04", 380, "2024-12-31T23:00:00Z", "2025-12-31T23:00:00Z", "777")}
          {UnitCapacity("0919a6784f5a4aee", "49W000000000054X", "Eemshaven A", "B04", 380, "2025-12-31T23:00:00Z", "2026-12-31T23:00:00Z", "800")}
        </GL_MarketDocument>
        """;

    /// <summary>
    /// Filling of Bulgaria's water reservoirs (A72, A16) for the weeks of Monday 23 and Monday 30 March 2026: local
    /// midnights (Europe/Sofia) 2026-03-22T22:00Z and, after the spring change, 2026-03-29T21:00Z; the first week
    /// lasts 167 hours. P7D, A03, MWH.
    /// </summary>
    public static string WaterReservoirsBg() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <GL_MarketDocument xmlns="{DataItemDocuments.GenerationLoadNamespace}">
          <mRID>9e515729785e47f6a2e88e6a799dac2f</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A72</type>
          <process.processType>A16</process.processType>
          <createdDateTime>2026-04-08T13:17:29Z</createdDateTime>
          <time_Period.timeInterval><start>2026-03-22T22:00Z</start><end>2026-04-05T21:00Z</end></time_Period.timeInterval>
          <TimeSeries>
            <mRID>1</mRID>
            <businessType>A01</businessType>
            <objectAggregation>A01</objectAggregation>
            <inBiddingZone_Domain.mRID codingScheme="A01">{Bg}</inBiddingZone_Domain.mRID>
            <quantity_Measure_Unit.name>MWH</quantity_Measure_Unit.name>
            <curveType>A03</curveType>
            <Period>
              <timeInterval><start>2026-03-22T22:00Z</start><end>2026-04-05T21:00Z</end></timeInterval>
              <resolution>P7D</resolution>
              <Point><position>1</position><quantity>1909687.74</quantity></Point>
              <Point><position>2</position><quantity>1950000.5</quantity></Point>
            </Period>
          </TimeSeries>
        </GL_MarketDocument>
        """;

    /// <summary>
    /// IDA2 prices (A44, contract type A07, sequence 2) of DE-LU on 25 October 2026, a 25-hour local day of 100
    /// quarter hours from 2026-10-24T22:00Z: A03, positions 1 (80.10), 3 (82.25), 10 (90) and 100 (60) stated.
    /// </summary>
    public static string IntradayPricesAutumnDay() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>ida2-de-lu-20261025</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A44</type>
          <createdDateTime>2026-10-24T20:40:00Z</createdDateTime>
          <period.timeInterval><start>2026-10-24T22:00Z</start><end>2026-10-25T23:00Z</end></period.timeInterval>
          <TimeSeries>
            <mRID>1</mRID>
            <auction.type>A01</auction.type>
            <businessType>A62</businessType>
            <in_Domain.mRID codingScheme="A01">{DeLu}</in_Domain.mRID>
            <out_Domain.mRID codingScheme="A01">{DeLu}</out_Domain.mRID>
            <contract_MarketAgreement.type>A07</contract_MarketAgreement.type>
            <currency_Unit.name>EUR</currency_Unit.name>
            <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
            <classificationSequence_AttributeInstanceComponent.position>2</classificationSequence_AttributeInstanceComponent.position>
            <curveType>A03</curveType>
            <Period>
              <timeInterval><start>2026-10-24T22:00Z</start><end>2026-10-25T23:00Z</end></timeInterval>
              <resolution>PT15M</resolution>
              <Point><position>1</position><price.amount>80.10</price.amount></Point>
              <Point><position>3</position><price.amount>82.25</price.amount></Point>
              <Point><position>10</position><price.amount>90</price.amount></Point>
              <Point><position>100</position><price.amount>60</price.amount></Point>
            </Period>
          </TimeSeries>
        </Publication_MarketDocument>
        """;

    /// <summary>
    /// Day-ahead prices (A44, contract type A01) of one local day in Vienna, hourly, <paramref name="hours"/> positions
    /// from <paramref name="dayStart"/>: sequence 2 (a local auction, 1000 + n) before sequence 1 (SDAC, 100 + n), and
    /// a 15-minute series of sequence 1 (quarter hour n = 500 + n) for the first hour only.
    /// </summary>
    public static string DayAheadPricesLocalDay(DateTimeOffset dayStart, int hours)
    {
        var end = dayStart.AddHours(hours);
        var xml = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
              <mRID>day-ahead-at</mRID>
              <revisionNumber>1</revisionNumber>
              <type>A44</type>
              <period.timeInterval><start>{dayStart:yyyy-MM-ddTHH:mmZ}</start><end>{end:yyyy-MM-ddTHH:mmZ}</end></period.timeInterval>
            """));
        xml.Append(PriceSeries(2, "PT60M", dayStart, end, hours, 1000m));
        xml.Append(PriceSeries(1, "PT60M", dayStart, end, hours, 100m));
        xml.Append(PriceSeries(1, "PT15M", dayStart, dayStart.AddHours(1), 4, 500m));
        xml.Append("</Publication_MarketDocument>");
        return xml.ToString();
    }

    /// <summary>
    /// Day-ahead net positions (A25, B09) of Belgium on 1 January 2026 (local day from 2025-12-31T23:00Z): an export
    /// until 05:00Z (out of BE into the region; A03 PT15M, positions 1 = 1200 and 5 = 1150 of 24) and then an import
    /// (out of the region into BE; positions 1 = 300 and 9 = 450 of 72).
    /// </summary>
    public static string NetPositionsBe() => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>net-positions-be-20260101</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A25</type>
          <createdDateTime>2025-12-31T11:05:00Z</createdDateTime>
          <period.timeInterval><start>2025-12-31T23:00Z</start><end>2026-01-01T23:00Z</end></period.timeInterval>
          {NetPosition("1", Region, Be, "2025-12-31T23:00Z", "2026-01-01T05:00Z", "<Point><position>1</position><quantity>1200</quantity></Point><Point><position>5</position><quantity>1150</quantity></Point>")}
          {NetPosition("2", Be, Region, "2026-01-01T05:00Z", "2026-01-01T23:00Z", "<Point><position>1</position><quantity>300</quantity></Point><Point><position>9</position><quantity>450</quantity></Point>")}
        </Publication_MarketDocument>
        """;

    /// <summary>
    /// Aggregated aFRR energy bids (A24, A51) of Belgium on the UTC day 29 March 2026, area at document level as the
    /// platform sends it: down (A02; positions 1 = 310 offered / 12 activated, 6 = 290 / 0, 96 = 280) before up (A01;
    /// 1 = 420 offered, 7 = 415.5 / 3.25). A03, PT15M.
    /// </summary>
    public static string AggregatedBidsBe() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Balancing_MarketDocument xmlns="{BalancingNamespace}">
          <mRID>aggregated-bids-be-20260329</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A24</type>
          <process.processType>A51</process.processType>
          <createdDateTime>2026-03-30T06:00:00Z</createdDateTime>
          <area_Domain.mRID codingScheme="A01">{Be}</area_Domain.mRID>
          <period.timeInterval><start>2026-03-29T00:00Z</start><end>2026-03-30T00:00Z</end></period.timeInterval>
          {Bid("1", "A02", "<Point><position>1</position><quantity>310</quantity><secondaryQuantity>12</secondaryQuantity></Point><Point><position>6</position><quantity>290</quantity><secondaryQuantity>0</secondaryQuantity></Point><Point><position>96</position><quantity>280</quantity></Point>")}
          {Bid("2", "A01", "<Point><position>1</position><quantity>420</quantity></Point><Point><position>7</position><quantity>415.5</quantity><secondaryQuantity>3.25</secondaryQuantity></Point>")}
        </Balancing_MarketDocument>
        """;

    private static string LoadRange(string id, string businessType, decimal?[] days)
    {
        var xml = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            <TimeSeries>
              <mRID>{id}</mRID>
              <businessType>{businessType}</businessType>
              <objectAggregation>A01</objectAggregation>
              <outBiddingZone_Domain.mRID codingScheme="A01">{Cz}</outBiddingZone_Domain.mRID>
              <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
              <curveType>A03</curveType>
              <Period>
                <timeInterval><start>2026-10-18T22:00Z</start><end>2026-10-25T23:00Z</end></timeInterval>
                <resolution>P1D</resolution>
            """));
        for (var i = 0; i < days.Length; i++)
        {
            if (days[i] is { } value)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<Point><position>{i + 1}</position><quantity>{value}</quantity></Point>");
            }
        }

        xml.Append("</Period></TimeSeries>");
        return xml.ToString();
    }

    private static string UnitCapacity(string id, string unit, string name, string psrType, int kilovolts, string start, string end, string megawatts) => $"""
        <TimeSeries>
          <mRID>{id}</mRID>
          <businessType>B11</businessType>
          <objectAggregation>A06</objectAggregation>
          <inBiddingZone_Domain.mRID codingScheme="A01">{Nl}</inBiddingZone_Domain.mRID>
          <registeredResource.mRID codingScheme="A01">{unit}</registeredResource.mRID>
          <registeredResource.name>{name}</registeredResource.name>
          <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
          <curveType>A03</curveType>
          <MktPSRType>
            <psrType>{psrType}</psrType>
            <production_PowerSystemResources.highVoltageLimit unit="KVT">{kilovolts}</production_PowerSystemResources.highVoltageLimit>
            <nominalIP_PowerSystemResources.nominalP unit="MAW">{megawatts}</nominalIP_PowerSystemResources.nominalP>
          </MktPSRType>
          <Period>
            <timeInterval.start>{start}</timeInterval.start>
            <timeInterval.end>{end}</timeInterval.end>
            <resolution>P1Y</resolution>
            <Point><position>1</position><quantity>{megawatts}</quantity></Point>
          </Period>
        </TimeSeries>
        """;

    private static string PriceSeries(int sequence, string resolution, DateTimeOffset start, DateTimeOffset end, int points, decimal first)
    {
        var xml = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            <TimeSeries>
              <mRID>{sequence}-{resolution}</mRID>
              <auction.type>A01</auction.type>
              <businessType>A62</businessType>
              <in_Domain.mRID codingScheme="A01">10YAT-APG------L</in_Domain.mRID>
              <out_Domain.mRID codingScheme="A01">10YAT-APG------L</out_Domain.mRID>
              <contract_MarketAgreement.type>A01</contract_MarketAgreement.type>
              <currency_Unit.name>EUR</currency_Unit.name>
              <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
              <classificationSequence_AttributeInstanceComponent.position>{sequence}</classificationSequence_AttributeInstanceComponent.position>
              <curveType>A01</curveType>
              <Period>
                <timeInterval><start>{start:yyyy-MM-ddTHH:mmZ}</start><end>{end:yyyy-MM-ddTHH:mmZ}</end></timeInterval>
                <resolution>{resolution}</resolution>
            """));
        for (var position = 1; position <= points; position++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Point><position>{position}</position><price.amount>{first + position}</price.amount></Point>");
        }

        xml.Append("</Period></TimeSeries>");
        return xml.ToString();
    }

    private static string NetPosition(string id, string inDomain, string outDomain, string start, string end, string points) => $"""
        <TimeSeries>
          <mRID>{id}</mRID>
          <auction.type>A01</auction.type>
          <businessType>B09</businessType>
          <in_Domain.mRID codingScheme="A01">{inDomain}</in_Domain.mRID>
          <out_Domain.mRID codingScheme="A01">{outDomain}</out_Domain.mRID>
          <contract_MarketAgreement.type>A01</contract_MarketAgreement.type>
          <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
          <curveType>A03</curveType>
          <Period>
            <timeInterval><start>{start}</start><end>{end}</end></timeInterval>
            <resolution>PT15M</resolution>
            {points}
          </Period>
        </TimeSeries>
        """;

    private static string Bid(string id, string direction, string points) => $"""
        <TimeSeries>
          <mRID>{id}</mRID>
          <businessType>A14</businessType>
          <flowDirection.direction>{direction}</flowDirection.direction>
          <standard_MarketProduct.marketProductType>A01</standard_MarketProduct.marketProductType>
          <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
          <curveType>A03</curveType>
          <Period>
            <timeInterval><start>2026-03-29T00:00Z</start><end>2026-03-30T00:00Z</end></timeInterval>
            <resolution>PT15M</resolution>
            {points}
          </Period>
        </TimeSeries>
        """;
}
