using Entsoe.Transparency.Tests.Infrastructure;
using static Entsoe.Transparency.Tests.Queries.BalancingDocuments;
using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// The balancing and reserve items against the platform's "no matching data" acknowledgement (in the wording it uses
/// for each item), and the arguments each refuses before anything is sent.
/// </summary>
public class BalancingRequestTests
{
    private const string DeLu = "10Y1001A1001A82H";
    private const string Be = "10YBE----------2";
    private const string Hu = "10YHU-MAVIR----U";
    private const string De50Hz = "10YDE-VE-------2";
    private const string Fr = "10YFR-RTE------C";
    private const string SpringDay = "periodStart=202603282300&periodEnd=202603292200";

    private delegate Task<int> BalancingCall(TransparencyClient client, TransparencyArea area);

    private static readonly Dictionary<string, NoDataCase> NoDataCalls = new()
    {
        ["ActivatedEnergyPrices"] = new(
            async (c, a) => (await c.GetActivatedBalancingEnergyPricesAsync(a, SpringDayStart, SpringDayEnd)).Count,
            "PRICES_OF_ACTIVATED_BALANCING_ENERGY_R3 [TR 17.1.F, IF aFRR 3.16]",
            $"documentType=A84&processType=A16&controlArea_Domain={DeLu}&{SpringDay}",
            TransparencyAreas.DeLu),
        ["ActivatedEnergy/Mfrr"] = new(
            async (c, a) => (await c.GetActivatedBalancingEnergyAsync(a, BalancingReserveType.ManualFrequencyRestoration, SpringDayStart, SpringDayEnd)).Count,
            "ACTIVATED_BALANCING_ENERGY_R3 [17.1.E]",
            $"documentType=A83&controlArea_Domain={Be}&businessType=A97&{SpringDay}",
            TransparencyAreas.Be),
        ["CurrentBalancingState"] = new(
            async (c, a) => (await c.GetCurrentBalancingStateAsync(a, SpringDayStart, SpringDayEnd)).Count,
            "CURRENT_BALANCING_STATE [GL EB 12.3.A]",
            $"documentType=A86&businessType=B33&area_Domain={Hu}&{SpringDay}",
            TransparencyAreas.Hu),
        ["ProcuredCapacity/Fcr"] = new(
            async (c, a) => (await c.GetProcuredBalancingCapacityAsync(a, BalancingReserveType.FrequencyContainment, SpringDayStart, SpringDayEnd)).Count,
            "PROCURED_BALANCING_CAPACITY_R3 [GL EB 12.3.F]",
            $"documentType=A15&processType=A52&area_Domain={De50Hz}&offset=0&{SpringDay}",
            TransparencyAreas.De50Hz),
        ["ContractedReserves/Rr"] = new(
            async (c, a) => (await c.GetContractedReservesAsync(a, BalancingReserveType.Replacement, SpringDayStart, SpringDayEnd)).Count,
            "AMOUNT_AND_PRICES_PAID_OF_BALANCING_RESERVES_UNDER_CONTRACT_R3 [17.1.B&amp;C]",
            $"documentType=A81&processType=A46&businessType=B95&controlArea_Domain={Fr}&offset=0&{SpringDay}",
            TransparencyAreas.Fr),
    };

    // Each refusal: the call, the exception it must throw and the parameter it must name (null: any).
    private static readonly Dictionary<string, RefusalCase> Refusals = new()
    {
        ["ActivatedEnergyPrices/NullArea"] = new(c => c.GetActivatedBalancingEnergyPricesAsync(null!, SpringDayStart, SpringDayEnd), typeof(ArgumentNullException), "area"),
        ["ActivatedEnergyPrices/UndefinedReserveType"] = new(c => c.GetActivatedBalancingEnergyPricesAsync(TransparencyAreas.DeLu, SpringDayStart, SpringDayEnd, (BalancingReserveType)0), typeof(ArgumentOutOfRangeException), "reserveType"),
        ["ActivatedEnergyPrices/EndBeforeStart"] = new(c => c.GetActivatedBalancingEnergyPricesAsync(TransparencyAreas.DeLu, SpringDayEnd, SpringDayStart), typeof(ArgumentException), null),
        ["ActivatedEnergy/NullArea"] = new(c => c.GetActivatedBalancingEnergyAsync(null!, BalancingReserveType.AutomaticFrequencyRestoration, SpringDayStart, SpringDayEnd), typeof(ArgumentNullException), "area"),
        ["ActivatedEnergy/UndefinedReserveType"] = new(c => c.GetActivatedBalancingEnergyAsync(TransparencyAreas.Be, (BalancingReserveType)9, SpringDayStart, SpringDayEnd), typeof(ArgumentOutOfRangeException), "reserveType"),
        ["CurrentBalancingState/NullArea"] = new(c => c.GetCurrentBalancingStateAsync(null!, SpringDayStart, SpringDayEnd), typeof(ArgumentNullException), "area"),
        ["CurrentBalancingState/EmptyPeriod"] = new(c => c.GetCurrentBalancingStateAsync(TransparencyAreas.Hu, SpringDayStart, SpringDayStart), typeof(ArgumentException), null),
        ["ProcuredCapacity/NullArea"] = new(c => c.GetProcuredBalancingCapacityAsync(null!, BalancingReserveType.AutomaticFrequencyRestoration, SpringDayStart, SpringDayEnd), typeof(ArgumentNullException), "area"),
        ["ProcuredCapacity/ReplacementReserve"] = new(c => c.GetProcuredBalancingCapacityAsync(TransparencyAreas.De50Hz, BalancingReserveType.Replacement, SpringDayStart, SpringDayEnd), typeof(ArgumentException), "reserveType"),
        ["ProcuredCapacity/UndefinedMarketAgreementType"] = new(c => c.GetProcuredBalancingCapacityAsync(TransparencyAreas.De50Hz, BalancingReserveType.ManualFrequencyRestoration, SpringDayStart, SpringDayEnd, (BalancingMarketAgreementType)7), typeof(ArgumentOutOfRangeException), "marketAgreementType"),
        ["ContractedReserves/NullArea"] = new(c => c.GetContractedReservesAsync(null!, BalancingReserveType.FrequencyContainment, SpringDayStart, SpringDayEnd), typeof(ArgumentNullException), "area"),
        ["ContractedReserves/UndefinedReserveType"] = new(c => c.GetContractedReservesAsync(TransparencyAreas.Fr, (BalancingReserveType)5, SpringDayStart, SpringDayEnd), typeof(ArgumentOutOfRangeException), "reserveType"),
        ["ContractedReserves/UndefinedMarketAgreementType"] = new(c => c.GetContractedReservesAsync(TransparencyAreas.Fr, BalancingReserveType.FrequencyContainment, SpringDayStart, SpringDayEnd, (BalancingMarketAgreementType)0), typeof(ArgumentOutOfRangeException), "marketAgreementType"),
    };

    public static TheoryData<string> NoDataCallNames => [.. NoDataCalls.Keys];

    public static TheoryData<string> RefusalNames => [.. Refusals.Keys];

    [Theory]
    [MemberData(nameof(NoDataCallNames))]
    public async Task BalancingItem_NoMatchingData_SendsTheItemsRequestAndReturnsNothing(string call)
    {
        var item = NoDataCalls[call];
        var route = Serve(NoMatchingData(item.DataItem, item.Area.Eic));
        using var client = Client(route);

        var count = await item.Call(client, item.Area);

        Assert.Equal(0, count);
        Assert.Equal([item.ExpectedQuery], SentQueries(route));
    }

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public async Task BalancingItem_RefusedArgument_ThrowsBeforeSending(string refusal)
    {
        var item = Refusals[refusal];
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync(item.Exception, () => item.Call(client));

        if (item.ParamName is not null)
        {
            Assert.Equal(item.ParamName, Assert.IsAssignableFrom<ArgumentException>(error).ParamName);
        }

        Assert.Empty(route.Requests);
    }

    private sealed record NoDataCase(BalancingCall Call, string DataItem, string ExpectedQuery, TransparencyArea Area);

    private sealed record RefusalCase(Func<TransparencyClient, Task> Call, Type Exception, string? ParamName);
}
