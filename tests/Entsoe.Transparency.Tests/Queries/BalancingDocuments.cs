using System.Globalization;
using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;
using Entsoe.Transparency.Tests.Parsing;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// Balancing documents of the typed balancing and reserve items, written by hand in the platform's schema (IEC
/// 62325-451-6 Balancing_MarketDocument as the platform sends it: flattened <c>mktPSRType.psrType</c>,
/// <c>type_MarketAgreement.type</c>, market products, curve type A03 with positions left out), on the two DST-change
/// days of 2026 in Central Europe.
/// </summary>
internal static class BalancingDocuments
{
    public const string BalancingNamespace = "urn:iec62325.351:tc57wg16:451-6:balancingdocument:4:4";

    /// <summary>29 March 2026 in Berlin: CET to CEST at 01:00Z, a local day of 23 hours (92 quarter hours).</summary>
    public static readonly DateTimeOffset SpringDayStart = new(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset SpringDayEnd = new(2026, 3, 29, 22, 0, 0, TimeSpan.Zero);

    /// <summary>25 October 2026 in Berlin: CEST to CET at 01:00Z, a local day of 25 hours.</summary>
    public static readonly DateTimeOffset AutumnDayStart = new(2026, 10, 24, 22, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset AutumnDayEnd = new(2026, 10, 25, 23, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Prices of activated balancing energy (A84) of DE-LU on the spring day, quarter-hourly A03 curves: aFRR up
    /// (positions 1, 5 and 90 stated), aFRR down (positions 1 and 50), and mFRR up as an A01 curve of four points
    /// in the first hour.
    /// </summary>
    public static string ActivatedEnergyPrices() => Document("A84", "A16", "controlArea_Domain", "10Y1001A1001A82H", SpringDayStart, SpringDayEnd, $"""
        {Series("1", "A96", "A01", "A01", null, PriceUnits, "A03", SpringDayStart, SpringDayEnd, "PT15M", Price(1, "85.5"), Price(5, "92.25"), Price(90, "110"))}
        {Series("2", "A96", "A02", "A01", null, PriceUnits, "A03", SpringDayStart, SpringDayEnd, "PT15M", Price(1, "40"), Price(50, "-12.5"))}
        {Series("3", "A97", "A01", "A01", null, PriceUnits, "A01", SpringDayStart, SpringDayStart.AddHours(1), "PT15M", Price(1, "150"), Price(2, "151"), Price(3, "152"), Price(4, "153"))}
        """);

    /// <summary>
    /// Activated balancing energy (A83) of Belgium, aFRR, on the autumn day, hourly A03 curves over the 25 local
    /// hours: up (positions 1, 3 and 25 stated) and down (positions 1 and 2).
    /// </summary>
    public static string ActivatedEnergy() => Document("A83", "A16", "controlArea_Domain", "10YBE----------2", AutumnDayStart, AutumnDayEnd, $"""
        {Series("1", "A96", "A01", null, "A03", QuantityUnits, "A03", AutumnDayStart, AutumnDayEnd, "PT60M", Quantity(1, "120"), Quantity(3, "80"), Quantity(25, "10"))}
        {Series("2", "A96", "A02", null, "A03", QuantityUnits, "A03", AutumnDayStart, AutumnDayEnd, "PT60M", Quantity(1, "0"), Quantity(2, "35.5"))}
        """);

    /// <summary>
    /// The current balancing state (A86, B33) of Hungary across the spring DST instant (01:00Z), a series per turn of
    /// direction as the platform writes it: down 00:58-01:00, up 01:00-01:03 (position 2 left out), down 01:03-01:05.
    /// </summary>
    public static string BalancingState()
    {
        var at = new DateTimeOffset(2026, 3, 29, 0, 58, 0, TimeSpan.Zero);
        return Document("A86", "A16", "area_Domain", "10YHU-MAVIR----U", SpringDayStart, SpringDayEnd, $"""
            {Series("1", "B33", "A02", null, null, "<quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>", "A03", at, at.AddMinutes(2), "PT1M", Quantity(1, "4.07"), Quantity(2, "3.5"))}
            {Series("2", "B33", "A01", null, null, "<quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>", "A03", at.AddMinutes(2), at.AddMinutes(5), "PT1M", Quantity(1, "17.7"), Quantity(3, "19.35"))}
            {Series("3", "B33", "A02", null, null, "<quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>", "A03", at.AddMinutes(5), at.AddMinutes(7), "PT1M", Quantity(1, "2"), Quantity(2, "1.25"))}
            """);
    }

    /// <summary>
    /// Procured balancing capacity (A15) of 50Hertz, aFRR, daily contracts, on the autumn day: up and down, hourly
    /// A03 curves of quantity and procurement price (positions 1 and 4 stated).
    /// </summary>
    public static string ProcuredCapacity() => Document("A15", "A51", "area_Domain", "10YDE-VE-------2", AutumnDayStart, AutumnDayEnd, $"""
        {Series("1", "B95", "A01", "A01", "A03", CapacityUnits, "A03", AutumnDayStart, AutumnDayEnd, "PT60M", Capacity(1, "100", "12.5"), Capacity(4, "120", "9.75"))}
        {Series("2", "B95", "A02", "A01", "A03", CapacityUnits, "A03", AutumnDayStart, AutumnDayEnd, "PT60M", Capacity(1, "80", "3"), Capacity(4, "60", "4.2"))}
        """);

    /// <summary>A procured capacity document of <paramref name="count"/> one-point series: a full page at 100.</summary>
    public static string ProcuredCapacityPage(int count)
    {
        var series = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            series.Append(Series(i.ToString(CultureInfo.InvariantCulture), "B95", "A01", "A01", "A03", CapacityUnits, "A03", AutumnDayStart, AutumnDayStart.AddHours(4), "PT15M", Capacity(1, i.ToString(CultureInfo.InvariantCulture), "1")));
        }

        return Document("A15", "A51", "area_Domain", "10YDE-VE-------2", AutumnDayStart, AutumnDayStart.AddHours(4), series.ToString());
    }

    /// <summary>
    /// Contracted reserves (A81, B95) of France, FCR, daily, as two documents of one archive on the spring day: a
    /// symmetric series as one hourly A03 period (positions 1 and 3 stated, 23 hours), and an up series written as
    /// some areas write it, one hourly period of one point each (three periods across 01:00Z).
    /// </summary>
    public static string[] ContractedReserves() =>
    [
        Document("A81", "A52", "controlArea_Domain", "10YFR-RTE------C", SpringDayStart, SpringDayEnd,
            Series("1", "B95", "A03", "A01", "A03", CapacityUnits, "A03", SpringDayStart, SpringDayEnd, "PT60M", Capacity(1, "550", "14.1"), Capacity(3, "545", "15.8"))),
        Document("A81", "A52", "controlArea_Domain", "10YFR-RTE------C", SpringDayStart, SpringDayEnd, $"""
            <TimeSeries>
              <mRID>2</mRID><businessType>B95</businessType><type_MarketAgreement.type>A01</type_MarketAgreement.type>
              <mktPSRType.psrType>A03</mktPSRType.psrType><flowDirection.direction>A01</flowDirection.direction>
              {CapacityUnits}<curveType>A01</curveType>
              {OnePointPeriod(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero), "30", "7")}
              {OnePointPeriod(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), "31", "7.5")}
              {OnePointPeriod(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero), "32", "8")}
            </TimeSeries>
            """),
    ];

    /// <summary>A ZIP archive of <paramref name="documents"/>, one entry each.</summary>
    public static byte[] BalancingArchive(params string[] documents) => OutageDocuments.ZipOf(documents);

    /// <summary>A route that answers every request with a ZIP archive of <paramref name="documents"/>, as the platform packs balancing documents.</summary>
    public static FaultRoute ServeArchive(params string[] documents)
    {
        var archive = BalancingArchive(documents);
        return FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, archive));
    }

    /// <summary>The platform's "no matching data" acknowledgement, in the words it uses for <paramref name="dataItem"/>.</summary>
    public static string NoMatchingData(string dataItem, string area) =>
        Bodies.Acknowledgement("999", $"No matching data found for Data item {dataItem} ({area}) and interval 2026-03-28T23:00:00Z/2026-03-29T22:00:00Z.");

    private const string PriceUnits = "<currency_Unit.name>EUR</currency_Unit.name><price_Measure_Unit.name>MWH</price_Measure_Unit.name>";

    private const string QuantityUnits = "<quantity_Measure_Unit.name>MWH</quantity_Measure_Unit.name>";

    private const string CapacityUnits = "<currency_Unit.name>EUR</currency_Unit.name><quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name><price_Measure_Unit.name>MAW</price_Measure_Unit.name>";

    private static string Price(int position, string amount) =>
        $"<Point><position>{position}</position><activation_Price.amount>{amount}</activation_Price.amount></Point>";

    private static string Quantity(int position, string quantity) =>
        $"<Point><position>{position}</position><quantity>{quantity}</quantity></Point>";

    private static string Capacity(int position, string quantity, string price) =>
        $"<Point><position>{position}</position><quantity>{quantity}</quantity><procurement_Price.amount>{price}</procurement_Price.amount></Point>";

    private static string OnePointPeriod(DateTimeOffset start, string quantity, string price) => $"""
        <Period><timeInterval><start>{start:yyyy-MM-ddTHH:mmZ}</start><end>{start.AddHours(1):yyyy-MM-ddTHH:mmZ}</end></timeInterval><resolution>PT60M</resolution>{Capacity(1, quantity, price)}</Period>
        """;

    private static string Series(
        string id,
        string businessType,
        string direction,
        string? standardProduct,
        string? psrType,
        string units,
        string curveType,
        DateTimeOffset start,
        DateTimeOffset end,
        string resolution,
        params string[] points) => $"""
        <TimeSeries>
          <mRID>{id}</mRID>
          <businessType>{businessType}</businessType>
          {(businessType == "B95" ? "<type_MarketAgreement.type>A01</type_MarketAgreement.type>" : string.Empty)}
          {(standardProduct is null ? string.Empty : $"<standard_MarketProduct.marketProductType>{standardProduct}</standard_MarketProduct.marketProductType>")}
          {(psrType is null ? string.Empty : $"<mktPSRType.psrType>{psrType}</mktPSRType.psrType>")}
          <flowDirection.direction>{direction}</flowDirection.direction>
          {units}
          <curveType>{curveType}</curveType>
          <Period>
            <timeInterval><start>{start:yyyy-MM-ddTHH:mmZ}</start><end>{end:yyyy-MM-ddTHH:mmZ}</end></timeInterval>
            <resolution>{resolution}</resolution>
            {string.Concat(points)}
          </Period>
        </TimeSeries>
        """;

    private static string Document(string documentType, string processType, string areaElement, string area, DateTimeOffset start, DateTimeOffset end, string series) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Balancing_MarketDocument xmlns="{BalancingNamespace}">
          <mRID>3c9b2e7d51a04f08</mRID>
          <revisionNumber>1</revisionNumber>
          <type>{documentType}</type>
          <process.processType>{processType}</process.processType>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
          <createdDateTime>2026-11-02T09:14:27Z</createdDateTime>
          <{areaElement}.mRID codingScheme="A01">{area}</{areaElement}.mRID>
          <period.timeInterval><start>{start:yyyy-MM-ddTHH:mmZ}</start><end>{end:yyyy-MM-ddTHH:mmZ}</end></period.timeInterval>
          {series}
        </Balancing_MarketDocument>
        """;
}
