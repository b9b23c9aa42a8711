using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// The request each typed data item sends, checked against the platform's Web API guide (its sample request of the
/// item) and entsoe-py, and the arguments refused before anything is sent. Every call here meets "no matching data".
/// </summary>
public class DataItemRequestTests
{
    private const string DeLu = "10Y1001A1001A82H";
    private const string Fr = "10YFR-RTE------C";
    private const string Period = "periodStart=202601010000&periodEnd=202601011200";

    private delegate Task<IReadOnlyList<TimeSeries>> DataItemCall(TransparencyClient client, TransparencyArea? area, TransparencyArea? toArea, DateTimeOffset start, DateTimeOffset end);

    // Single-area items take the first area; border items go from the first area to the second. Each call's request is
    // the guide's sample request of its item, with this test's areas and period.
    private static readonly Dictionary<string, DataItemCase> Calls = new()
    {
        ["ActualTotalLoad"] = new((c, a, _, s, e) => c.GetActualTotalLoadAsync(a!, s, e), $"documentType=A65&processType=A16&outBiddingZone_Domain={DeLu}&{Period}"),
        ["DayAheadTotalLoadForecast"] = new((c, a, _, s, e) => c.GetDayAheadTotalLoadForecastAsync(a!, s, e), $"documentType=A65&processType=A01&outBiddingZone_Domain={DeLu}&{Period}"),
        ["ActualGeneration"] = new((c, a, _, s, e) => c.GetActualGenerationPerProductionTypeAsync(a!, s, e), $"documentType=A75&processType=A16&in_Domain={DeLu}&{Period}"),
        ["ActualGeneration/Solar"] = new((c, a, _, s, e) => c.GetActualGenerationPerProductionTypeAsync(a!, s, e, ProductionType.Solar), $"documentType=A75&processType=A16&in_Domain={DeLu}&psrType=B16&{Period}"),
        ["WindAndSolarForecast"] = new((c, a, _, s, e) => c.GetWindAndSolarForecastAsync(a!, WindAndSolarForecastHorizon.DayAhead, s, e), $"documentType=A69&processType=A01&in_Domain={DeLu}&{Period}"),
        ["WindAndSolarForecast/Intraday/WindOffshore"] = new((c, a, _, s, e) => c.GetWindAndSolarForecastAsync(a!, WindAndSolarForecastHorizon.Intraday, s, e, ProductionType.WindOffshore), $"documentType=A69&processType=A40&in_Domain={DeLu}&psrType=B18&{Period}"),
        ["WindAndSolarForecast/Current/All"] = new((c, a, _, s, e) => c.GetWindAndSolarForecastAsync(a!, WindAndSolarForecastHorizon.Current, s, e, productionType: null), $"documentType=A69&processType=A18&in_Domain={DeLu}&{Period}"),
        ["WindAndSolarForecast/DayAhead/WindOnshore"] = new((c, a, _, s, e) => c.GetWindAndSolarForecastAsync(a!, WindAndSolarForecastHorizon.DayAhead, s, e, ProductionType.WindOnshore), $"documentType=A69&processType=A01&in_Domain={DeLu}&psrType=B19&{Period}"),
        ["GenerationForecast"] = new((c, a, _, s, e) => c.GetGenerationForecastAsync(a!, s, e), $"documentType=A71&processType=A01&in_Domain={DeLu}&{Period}"),
        ["InstalledCapacity"] = new((c, a, _, s, e) => c.GetInstalledCapacityPerProductionTypeAsync(a!, s, e), $"documentType=A68&processType=A33&in_Domain={DeLu}&{Period}"),
        ["InstalledCapacity/Nuclear"] = new((c, a, _, s, e) => c.GetInstalledCapacityPerProductionTypeAsync(a!, s, e, ProductionType.Nuclear), $"documentType=A68&processType=A33&in_Domain={DeLu}&psrType=B14&{Period}"),
        ["GenerationPerUnit"] = new((c, a, _, s, e) => c.GetActualGenerationPerUnitAsync(a!, s, e), $"documentType=A73&processType=A16&in_Domain={DeLu}&{Period}"),
        ["GenerationPerUnit/Nuclear/Unit"] = new((c, a, _, s, e) => c.GetActualGenerationPerUnitAsync(a!, s, e, ProductionType.Nuclear, "17w100p100p0344d"), $"documentType=A73&processType=A16&in_Domain={DeLu}&psrType=B14&registeredResource=17W100P100P0344D&{Period}"),
        ["GenerationPerUnit/EnergyStorage/AllUnits"] = new((c, a, _, s, e) => c.GetActualGenerationPerUnitAsync(a!, s, e, ProductionType.EnergyStorage, generationUnitEic: null), $"documentType=A73&processType=A16&in_Domain={DeLu}&psrType=B25&{Period}"),
        ["PhysicalFlows"] = new((c, a, b, s, e) => c.GetCrossBorderPhysicalFlowsAsync(a!, b!, s, e), $"documentType=A11&in_Domain={Fr}&out_Domain={DeLu}&{Period}"),
        ["CommercialExchanges/Total"] = new((c, a, b, s, e) => c.GetScheduledCommercialExchangesAsync(a!, b!, CommercialScheduleType.Total, s, e), $"documentType=A09&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type=A05&{Period}"),
        ["CommercialExchanges/DayAhead"] = new((c, a, b, s, e) => c.GetScheduledCommercialExchangesAsync(a!, b!, CommercialScheduleType.DayAhead, s, e), $"documentType=A09&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type=A01&{Period}"),
        ["NetTransferCapacity/DayAhead"] = new((c, a, b, s, e) => c.GetNetTransferCapacityAsync(a!, b!, NetTransferCapacityHorizon.DayAhead, s, e), $"documentType=A61&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type=A01&{Period}"),
        ["NetTransferCapacity/WeekAhead"] = new((c, a, b, s, e) => c.GetNetTransferCapacityAsync(a!, b!, NetTransferCapacityHorizon.WeekAhead, s, e), $"documentType=A61&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type=A02&{Period}"),
        ["NetTransferCapacity/MonthAhead"] = new((c, a, b, s, e) => c.GetNetTransferCapacityAsync(a!, b!, NetTransferCapacityHorizon.MonthAhead, s, e), $"documentType=A61&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type=A03&{Period}"),
        ["NetTransferCapacity/YearAhead"] = new((c, a, b, s, e) => c.GetNetTransferCapacityAsync(a!, b!, NetTransferCapacityHorizon.YearAhead, s, e), $"documentType=A61&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type=A04&{Period}"),
    };

    public static TheoryData<string> CallNames => [.. Calls.Keys];

    public static TheoryData<string> BorderCallNames =>
    [
        "PhysicalFlows",
        "CommercialExchanges/Total",
        "CommercialExchanges/DayAhead",
        "NetTransferCapacity/DayAhead",
        "NetTransferCapacity/WeekAhead",
        "NetTransferCapacity/MonthAhead",
        "NetTransferCapacity/YearAhead",
    ];

    [Theory]
    [MemberData(nameof(CallNames))]
    public async Task DataItem_NoMatchingData_SendsTheGuidesRequestAndReturnsNoSeries(string call)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await Calls[call].Call(client, TransparencyAreas.DeLu, TransparencyAreas.Fr, WindowStart, WindowEnd);

        Assert.Equal([Calls[call].ExpectedQuery], SentQueries(route));
        Assert.Empty(series);
    }

    [Theory]
    [MemberData(nameof(CallNames))]
    public async Task DataItem_NullArea_ThrowsBeforeSending(string call)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        await Assert.ThrowsAsync<ArgumentNullException>(() => Calls[call].Call(client, null, TransparencyAreas.Fr, WindowStart, WindowEnd));

        Assert.Empty(route.Requests);
    }

    [Theory]
    [MemberData(nameof(BorderCallNames))]
    public async Task DataItem_NullToArea_ThrowsBeforeSending(string call)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => Calls[call].Call(client, TransparencyAreas.DeLu, null, WindowStart, WindowEnd));

        Assert.Equal("toArea", error.ParamName);
        Assert.Empty(route.Requests);
    }

    [Theory]
    [MemberData(nameof(CallNames))]
    public async Task DataItem_EndBeforeStart_ThrowsBeforeSending(string call)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        await Assert.ThrowsAsync<ArgumentException>(() => Calls[call].Call(client, TransparencyAreas.DeLu, TransparencyAreas.Fr, WindowEnd, WindowStart));

        Assert.Empty(route.Requests);
    }

    [Theory]
    [MemberData(nameof(CallNames))]
    public async Task DataItem_EmptyPeriod_ThrowsBeforeSending(string call)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        await Assert.ThrowsAsync<ArgumentException>(() => Calls[call].Call(client, TransparencyAreas.DeLu, TransparencyAreas.Fr, WindowStart, WindowStart));

        Assert.Empty(route.Requests);
    }

    [Fact]
    public async Task GetActualGenerationPerProductionTypeAsync_UndefinedProductionType_ThrowsBeforeSending()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetActualGenerationPerProductionTypeAsync(TransparencyAreas.DeLu, WindowStart, WindowEnd, (ProductionType)21));

        Assert.Equal("productionType", error.ParamName);
        Assert.Empty(route.Requests);
    }

    [Fact]
    public async Task GetWindAndSolarForecastAsync_UndefinedHorizon_ThrowsBeforeSending()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetWindAndSolarForecastAsync(TransparencyAreas.DeLu, (WindAndSolarForecastHorizon)3, WindowStart, WindowEnd));

        Assert.Equal("horizon", error.ParamName);
        Assert.Empty(route.Requests);
    }

    [Fact]
    public async Task GetScheduledCommercialExchangesAsync_UndefinedScheduleType_ThrowsBeforeSending()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetScheduledCommercialExchangesAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, (CommercialScheduleType)7, WindowStart, WindowEnd));

        Assert.Equal("scheduleType", error.ParamName);
        Assert.Empty(route.Requests);
    }

    [Fact]
    public async Task GetNetTransferCapacityAsync_UndefinedHorizon_ThrowsBeforeSending()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetNetTransferCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, (NetTransferCapacityHorizon)4, WindowStart, WindowEnd));

        Assert.Equal("horizon", error.ParamName);
        Assert.Empty(route.Requests);
    }

    [Fact]
    public async Task GetActualGenerationPerUnitAsync_MalformedUnitEic_ThrowsBeforeSending()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        // The check character of 17W100P100P0344D is D; a typo in it must not reach the platform as an empty answer.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.GetActualGenerationPerUnitAsync(TransparencyAreas.Fr, WindowStart, WindowEnd, generationUnitEic: "17W100P100P0344E"));

        Assert.Equal("generationUnitEic", error.ParamName);
        Assert.Empty(route.Requests);
    }

    private sealed record DataItemCase(DataItemCall Call, string ExpectedQuery);
}
