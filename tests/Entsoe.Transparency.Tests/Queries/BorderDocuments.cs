using System.Globalization;
using System.Text;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// Documents of the border items (offered capacity A31, physical flows A11 around an area) and of the offshore grid
/// and withdrawn outages, written for these tests in the platform's schema: publication documents 7:0 and outage
/// documents 3:0, over the local days of the two DST changes of 2026 (29 March, 23 hours; 25 October, 25 hours).
/// </summary>
internal static class BorderDocuments
{
    public const string Gb = "10YGB----------A";
    public const string Be = "10YBE----------2";
    public const string Nl = "10YNL----------L";
    public const string DeLu = "10Y1001A1001A82H";
    public const string Es = "10YES-REE------0";
    public const string Pt = "10YPT-REN------W";

    /// <summary>29 March 2026 in Brussels: 23 hours from 2026-03-28T23:00Z, clocks forward at 01:00Z.</summary>
    public static readonly DateTimeOffset SpringDayStart = new(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset SpringDayEnd = new(2026, 3, 29, 22, 0, 0, TimeSpan.Zero);

    /// <summary>25 October 2026 in Brussels: 25 hours from 2026-10-24T22:00Z, clocks back at 01:00Z.</summary>
    public static readonly DateTimeOffset AutumnDayStart = new(2026, 10, 24, 22, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset AutumnDayEnd = new(2026, 10, 25, 23, 0, 0, TimeSpan.Zero);

    public static string Domains(string outEic, string inEic) =>
        $"""<in_Domain.mRID codingScheme="A01">{inEic}</in_Domain.mRID><out_Domain.mRID codingScheme="A01">{outEic}</out_Domain.mRID>""";

    /// <summary>
    /// Explicit daily offered capacity from GB to BE, hourly products (<c>auction.category</c> A04): the 23 hours of
    /// 29 March in fixed blocks (401 … 423 MW), then the 24 hours of 30 March as an A03 curve stating positions 1
    /// (500), 7 (650) and 20 (480) only.
    /// </summary>
    public static string ExplicitOfferedCapacityGbToBe()
    {
        const string Fields = "<auction.type>A02</auction.type><contract_MarketAgreement.type>A01</contract_MarketAgreement.type><auction.category>A04</auction.category>";
        return Publication(
            "A31",
            SpringDayStart,
            SpringDayEnd.AddDays(1),
            Series("1", "A31", Domains(Gb, Be) + Fields, "A01", SpringDayStart, SpringDayEnd, "PT60M", Ramp(23, 401m)),
            Series("2", "A31", Domains(Gb, Be) + Fields, "A03", SpringDayEnd, SpringDayEnd.AddDays(1), "PT60M", (1, 500m), (7, 650m), (20, 480m)));
    }

    /// <summary>
    /// Continuous intraday offered capacity from BE to NL: 25 October (100 quarter hours) as an A03 curve stating
    /// positions 1 (1000), 50 (900) and 97 (1200), then 26 October hourly in fixed blocks, 800 MW throughout.
    /// </summary>
    public static string ContinuousOfferedCapacityBeToNl()
    {
        const string Fields = "<auction.type>A08</auction.type><contract_MarketAgreement.type>A07</contract_MarketAgreement.type>";
        var nextDayEnd = AutumnDayEnd.AddDays(1);
        return Publication(
            "A31",
            AutumnDayStart,
            nextDayEnd,
            Series("1", "A31", Domains(Be, Nl) + Fields, "A03", AutumnDayStart, AutumnDayEnd, "PT15M", (1, 1000m), (50, 900m), (97, 1200m)),
            Series("2", "A31", Domains(Be, Nl) + Fields, "A01", AutumnDayEnd, nextDayEnd, "PT60M", [.. Enumerable.Range(1, 24).Select(p => (p, 800m))]));
    }

    /// <summary>
    /// Physical flows (A11) over 29 March from <paramref name="outEic"/> to <paramref name="inEic"/>: a document of
    /// one series, at <paramref name="resolution"/>, with the given points.
    /// </summary>
    public static string Flows(string outEic, string inEic, string curveType, string resolution, params (int Position, decimal Quantity)[] points) =>
        Publication("A11", SpringDayStart, SpringDayEnd, Series("1", "A66", Domains(outEic, inEic), curveType, SpringDayStart, SpringDayEnd, resolution, points));

    /// <summary>Actual generation per production type (A75) over 29 March in Portugal: solar (B16) 1, 2, … and wind onshore (B19) 300 throughout, hourly.</summary>
    public static string GenerationPortugal() => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <GL_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-6:generationloaddocument:3:0">
          <mRID>5c1e4f0a2b7d4e99</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A75</type>
          <process.processType>A16</process.processType>
          <createdDateTime>2026-03-30T06:00:00Z</createdDateTime>
          <time_Period.timeInterval><start>{Format(SpringDayStart)}</start><end>{Format(SpringDayEnd)}</end></time_Period.timeInterval>
          {GenerationSeries("1", "B16", Ramp(23, 1m))}
          {GenerationSeries("2", "B19", [.. Enumerable.Range(1, 23).Select(p => (p, 300m))])}
        </GL_MarketDocument>
        """;

    /// <summary>
    /// An offshore grid outage (A79) of DolWin3's export cable in DE-LU across the spring DST change, 2026-03-29T00:30Z
    /// to 03:30Z: the wind park (nominal 900 MW) can feed in 0 MW for the first 90 minutes and 450 MW after (PT1M, A03).
    /// </summary>
    public static string OffshoreGridOutage(string id, int revision) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Unavailability_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-6:outagedocument:3:0">
          <mRID>{id}</mRID>
          <revisionNumber>{revision}</revisionNumber>
          <type>A79</type>
          <process.processType>A26</process.processType>
          <createdDateTime>2026-03-29T00:41:07Z</createdDateTime>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
          <unavailability_Time_Period.timeInterval>
            <start>2026-03-29T00:30Z</start>
            <end>2026-03-29T03:30Z</end>
          </unavailability_Time_Period.timeInterval>
          <TimeSeries>
            <mRID>1</mRID>
            <businessType>A54</businessType>
            <biddingZone_Domain.mRID codingScheme="A01">{DeLu}</biddingZone_Domain.mRID>
            <start_DateAndOrTime.date>2026-03-29</start_DateAndOrTime.date>
            <start_DateAndOrTime.time>00:30:00Z</start_DateAndOrTime.time>
            <end_DateAndOrTime.date>2026-03-29</end_DateAndOrTime.date>
            <end_DateAndOrTime.time>03:30:00Z</end_DateAndOrTime.time>
            <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
            <curveType>A03</curveType>
            <production_RegisteredResource.pSRType.powerSystemResources.nominalP unit="MAW">900</production_RegisteredResource.pSRType.powerSystemResources.nominalP>
            <Asset_RegisteredResource>
              <mRID codingScheme="A01">11TD2L000000391K</mRID>
              <name>DOLWIN3/DC/DOERPEN-WEST-DOLWIN GAMMA</name>
              <asset_PSRType.psrType>B22</asset_PSRType.psrType>
              <location.name>DOERPEN WEST-DOLWIN GAMMA</location.name>
            </Asset_RegisteredResource>
            <WindPowerFeedin_Period>
              <timeInterval><start>2026-03-29T00:30Z</start><end>2026-03-29T03:30Z</end></timeInterval>
              <resolution>PT1M</resolution>
              <Point><position>1</position><quantity>0</quantity></Point>
              <Point><position>91</position><quantity>450</quantity></Point>
            </WindPowerFeedin_Period>
          </TimeSeries>
          <Reason><code>B18</code><text>Cable fault</text></Reason>
        </Unavailability_MarketDocument>
        """;

    /// <summary>
    /// A withdrawn planned outage (A80, <c>docStatus</c> A13) of Doel 4 in Belgium over 25 October, 2026-10-24T22:00Z
    /// to 2026-10-25T23:00Z (25 hours), with 0 MW available throughout (PT60M, A03).
    /// </summary>
    public static string WithdrawnGenerationOutage(string id) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Unavailability_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-6:outagedocument:3:0">
          <mRID>{id}</mRID>
          <revisionNumber>2</revisionNumber>
          <type>A80</type>
          <process.processType>A26</process.processType>
          <createdDateTime>2026-10-20T09:12:00Z</createdDateTime>
          <unavailability_Time_Period.timeInterval>
            <start>{Format(AutumnDayStart)}</start>
            <end>{Format(AutumnDayEnd)}</end>
          </unavailability_Time_Period.timeInterval>
          <docStatus><value>A13</value></docStatus>
          <TimeSeries>
            <mRID>1</mRID>
            <businessType>A53</businessType>
            <biddingZone_Domain.mRID codingScheme="A01">{Be}</biddingZone_Domain.mRID>
            <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
            <curveType>A03</curveType>
            <production_RegisteredResource.mRID codingScheme="A01">22WDOEL4-000001U</production_RegisteredResource.mRID>
            <production_RegisteredResource.name>DOEL 4</production_RegisteredResource.name>
            <production_RegisteredResource.pSRType.psrType>B14</production_RegisteredResource.pSRType.psrType>
            <production_RegisteredResource.pSRType.powerSystemResources.mRID codingScheme="A01">22WDOEL4-GU0001Q</production_RegisteredResource.pSRType.powerSystemResources.mRID>
            <production_RegisteredResource.pSRType.powerSystemResources.name>DOEL 4 GU</production_RegisteredResource.pSRType.powerSystemResources.name>
            <production_RegisteredResource.pSRType.powerSystemResources.nominalP unit="MAW">1038</production_RegisteredResource.pSRType.powerSystemResources.nominalP>
            <Available_Period>
              <timeInterval><start>{Format(AutumnDayStart)}</start><end>{Format(AutumnDayEnd)}</end></timeInterval>
              <resolution>PT60M</resolution>
              <Point><position>1</position><quantity>0</quantity></Point>
            </Available_Period>
            <Reason><code>B19</code><text>Refuelling, moved to 2027</text></Reason>
          </TimeSeries>
        </Unavailability_MarketDocument>
        """;

    /// <summary>Positions 1 … <paramref name="count"/> with quantities <paramref name="first"/>, <paramref name="first"/> + 1, ….</summary>
    public static (int Position, decimal Quantity)[] Ramp(int count, decimal first) =>
        [.. Enumerable.Range(1, count).Select(p => (p, first + p - 1))];

    private static string Publication(string documentType, DateTimeOffset start, DateTimeOffset end, params string[] series) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:0">
          <mRID>3d8b1f6c90a24e57</mRID>
          <revisionNumber>1</revisionNumber>
          <type>{documentType}</type>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
          <createdDateTime>2026-11-02T08:15:00Z</createdDateTime>
          <period.timeInterval><start>{Format(start)}</start><end>{Format(end)}</end></period.timeInterval>
          {string.Concat(series)}
        </Publication_MarketDocument>
        """;

    private static string Series(string id, string businessType, string fields, string curveType, DateTimeOffset start, DateTimeOffset end, string resolution, params (int Position, decimal Quantity)[] points)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"""
            <TimeSeries>
              <mRID>{id}</mRID>
              <businessType>{businessType}</businessType>
              {fields}
              <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
              <curveType>{curveType}</curveType>
              <Period>
                <timeInterval><start>{Format(start)}</start><end>{Format(end)}</end></timeInterval>
                <resolution>{resolution}</resolution>
            """);
        AppendPoints(xml, points);
        xml.Append("</Period></TimeSeries>");
        return xml.ToString();
    }

    private static string GenerationSeries(string id, string psrType, (int Position, decimal Quantity)[] points) => Series(
        id,
        "A01",
        $"""<objectAggregation>A08</objectAggregation><inBiddingZone_Domain.mRID codingScheme="A01">{Pt}</inBiddingZone_Domain.mRID><MktPSRType><psrType>{psrType}</psrType></MktPSRType>""",
        "A01",
        SpringDayStart,
        SpringDayEnd,
        "PT60M",
        points);

    private static void AppendPoints(StringBuilder xml, (int Position, decimal Quantity)[] points)
    {
        foreach (var (position, quantity) in points)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Point><position>{position}</position><quantity>{quantity}</quantity></Point>");
        }
    }

    private static string Format(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture);
}
