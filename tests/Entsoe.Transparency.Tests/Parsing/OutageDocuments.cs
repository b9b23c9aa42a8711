using System.IO.Compression;
using System.Text;

namespace Entsoe.Transparency.Tests.Parsing;

/// <summary>
/// Outage (IEC 62325-451-6 outage document) and imbalance price (balancing document) samples written for these tests,
/// in the shapes the platform sends, and ZIP archives of them built in memory.
/// </summary>
internal static class OutageDocuments
{
    public const string Outage30 = "urn:iec62325.351:tc57wg16:451-6:outagedocument:3:0";
    public const string Balancing45 = "urn:iec62325.351:tc57wg16:451-6:balancingdocument:4:5";

    /// <summary>
    /// A generation unit outage (A80): a forced outage of unit "DOEL 3 GU" of production unit "DOEL 3" from
    /// 2024-03-01 06:30Z to 09:00Z, with 0 MW available for the first hour and 400 MW after (PT1M, curve A03).
    /// </summary>
    public static string GenerationUnit(string id = "gu-outage-1", int revision = 3, string? status = "A05", string businessType = "A54") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Unavailability_MarketDocument xmlns="{Outage30}">
          <mRID>{id}</mRID>
          <revisionNumber>{revision}</revisionNumber>
          <type>A80</type>
          <process.processType>A26</process.processType>
          <createdDateTime>2024-03-01T07:02:11Z</createdDateTime>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A094</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A39</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A32</receiver_MarketParticipant.marketRole.type>
          <unavailability_Time_Period.timeInterval>
            <start>2024-03-01T06:30Z</start>
            <end>2024-03-01T09:00Z</end>
          </unavailability_Time_Period.timeInterval>
          {(status is null ? string.Empty : $"<docStatus><value>{status}</value></docStatus>")}
          <TimeSeries>
            <mRID>1</mRID>
            <businessType>{businessType}</businessType>
            <biddingZone_Domain.mRID codingScheme="A01">10YBE----------2</biddingZone_Domain.mRID>
            <start_DateAndOrTime.date>2024-03-01</start_DateAndOrTime.date>
            <start_DateAndOrTime.time>06:30:00Z</start_DateAndOrTime.time>
            <end_DateAndOrTime.date>2024-03-01</end_DateAndOrTime.date>
            <end_DateAndOrTime.time>09:00:00Z</end_DateAndOrTime.time>
            <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
            <curveType>A03</curveType>
            <production_RegisteredResource.mRID codingScheme="A01">22WDOEL3-000001X</production_RegisteredResource.mRID>
            <production_RegisteredResource.name>DOEL 3</production_RegisteredResource.name>
            <production_RegisteredResource.location.name>Doel</production_RegisteredResource.location.name>
            <production_RegisteredResource.pSRType.psrType>B14</production_RegisteredResource.pSRType.psrType>
            <production_RegisteredResource.pSRType.powerSystemResources.mRID codingScheme="A01">22WDOEL3-GU0001Y</production_RegisteredResource.pSRType.powerSystemResources.mRID>
            <production_RegisteredResource.pSRType.powerSystemResources.name>DOEL 3 GU</production_RegisteredResource.pSRType.powerSystemResources.name>
            <production_RegisteredResource.pSRType.powerSystemResources.nominalP unit="MAW">1006</production_RegisteredResource.pSRType.powerSystemResources.nominalP>
            <Available_Period>
              <timeInterval>
                <start>2024-03-01T06:30Z</start>
                <end>2024-03-01T09:00Z</end>
              </timeInterval>
              <resolution>PT1M</resolution>
              <Point><position>1</position><quantity>0</quantity></Point>
              <Point><position>61</position><quantity>400</quantity></Point>
            </Available_Period>
            <Reason>
              <code>B18</code>
              <text>Turbine trip</text>
            </Reason>
          </TimeSeries>
        </Unavailability_MarketDocument>
        """;

    /// <summary>
    /// A planned transmission outage (A78) of an AC line from FR to BE, with no start/end date of its own (the
    /// document's interval applies) and hourly fixed blocks of available capacity.
    /// </summary>
    public static string Transmission(string id = "tr-outage-1") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Unavailability_MarketDocument xmlns="{Outage30}">
          <mRID>{id}</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A78</type>
          <createdDateTime>2024-05-01T10:00:00Z</createdDateTime>
          <unavailability_Time_Period.timeInterval>
            <start>2024-05-10T06:00Z</start>
            <end>2024-05-10T08:00Z</end>
          </unavailability_Time_Period.timeInterval>
          <docStatus><value>A05</value></docStatus>
          <Reason><code>B19</code><text>Foreseen maintenance</text></Reason>
          <TimeSeries>
            <mRID>1</mRID>
            <businessType>A53</businessType>
            <in_Domain.mRID codingScheme="A01">10YBE----------2</in_Domain.mRID>
            <out_Domain.mRID codingScheme="A01">10YFR-RTE------C</out_Domain.mRID>
            <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
            <curveType>A01</curveType>
            <Asset_RegisteredResource>
              <mRID codingScheme="A01">10T-BE-FR-00001A</mRID>
              <name>Avelgem - Avelin 380</name>
              <asset_PSRType.psrType>B21</asset_PSRType.psrType>
              <location.name>Avelgem</location.name>
            </Asset_RegisteredResource>
            <Asset_RegisteredResource>
              <mRID codingScheme="A01">10T-BE-FR-00002Z</mRID>
            </Asset_RegisteredResource>
            <Available_Period>
              <timeInterval><start>2024-05-10T06:00Z</start><end>2024-05-10T08:00Z</end></timeInterval>
              <resolution>PT60M</resolution>
              <Point><position>1</position><quantity>1200</quantity></Point>
              <Point><position>2</position><quantity>1500</quantity></Point>
            </Available_Period>
          </TimeSeries>
        </Unavailability_MarketDocument>
        """;

    /// <summary>An acknowledgement as the platform puts it inside an archive for a part of the query without data.</summary>
    public static string Acknowledgement() => Encoding.UTF8.GetString(SampleDocuments.Acknowledgement("999", "No matching data found"));

    /// <summary>A balancing document (A85) whose one series holds the given points, each with an optional category.</summary>
    public static byte[] ImbalancePrices(string seriesCategory, params (int Position, string Amount, string? Category)[] points)
    {
        var body = new StringBuilder();
        foreach (var (position, amount, category) in points)
        {
            body.Append("<Point><position>").Append(position).Append("</position>")
                .Append("<imbalance_Price.amount>").Append(amount).Append("</imbalance_Price.amount>");
            if (category is not null)
            {
                body.Append("<imbalance_Price.category>").Append(category).Append("</imbalance_Price.category>");
            }

            body.Append("</Point>\n");
        }

        return Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Balancing_MarketDocument xmlns="{Balancing45}">
              <mRID>imbalance-1</mRID>
              <revisionNumber>1</revisionNumber>
              <type>A85</type>
              <process.processType>A16</process.processType>
              <createdDateTime>2024-06-02T08:00:00Z</createdDateTime>
              <area_Domain.mRID codingScheme="A01">10YNL----------L</area_Domain.mRID>
              <period.timeInterval><start>2024-06-01T00:00Z</start><end>2024-06-01T01:00Z</end></period.timeInterval>
              <TimeSeries>
                <mRID>1</mRID>
                <businessType>A19</businessType>
                {seriesCategory}
                <currency_Unit.name>EUR</currency_Unit.name>
                <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
                <curveType>A01</curveType>
                <Period>
                  <timeInterval><start>2024-06-01T00:00Z</start><end>2024-06-01T01:00Z</end></timeInterval>
                  <resolution>PT15M</resolution>
                  {body}
                </Period>
              </TimeSeries>
            </Balancing_MarketDocument>
            """);
    }

    /// <summary>A ZIP archive of the given entries, deflated, as the platform packs its documents.</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A ZIP archive of the given XML documents, named <c>001.xml</c>, <c>002.xml</c>…</summary>
    public static byte[] ZipOf(params string[] documents) =>
        Zip([.. documents.Select((d, i) => ($"{i + 1:000}.xml", Encoding.UTF8.GetBytes(d)))]);
}
