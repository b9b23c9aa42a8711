using Entsoe.Transparency.Tests.Infrastructure;
using static Entsoe.Transparency.Tests.Queries.BalancingDocuments;
using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// The typed reserve items (procured balancing capacity A15, contracted reserves A81) against the real server on
/// 127.0.0.1: the request, the values worked out by hand from <see cref="BalancingDocuments"/>, and paging by 100 series.
/// </summary>
public class TransparencyClientReservesTests
{
    private const string ProcuredQuery = "documentType=A15&processType=A51&area_Domain=10YDE-VE-------2";

    [Fact]
    public async Task GetProcuredBalancingCapacityAsync_DailyAfrr_SendsTheItemsRequestFromOffsetZero()
    {
        var route = ServeArchive(ProcuredCapacity());
        using var client = Client(route);

        await client.GetProcuredBalancingCapacityAsync(TransparencyAreas.De50Hz, BalancingReserveType.AutomaticFrequencyRestoration, AutumnDayStart, AutumnDayEnd, BalancingMarketAgreementType.Daily);

        Assert.Equal([$"{ProcuredQuery}&type_MarketAgreement.Type=A01&offset=0&periodStart=202610242200&periodEnd=202610252300"], SentQueries(route));
    }

    [Fact]
    public async Task GetProcuredBalancingCapacityAsync_AutumnDstDay_ReturnsQuantityAndPriceOfEveryHour()
    {
        var route = ServeArchive(ProcuredCapacity());
        using var client = Client(route);

        var series = await client.GetProcuredBalancingCapacityAsync(TransparencyAreas.De50Hz, BalancingReserveType.AutomaticFrequencyRestoration, AutumnDayStart, AutumnDayEnd);

        Assert.Equal([BalancingDirection.Up, BalancingDirection.Down], series.Select(s => s.Direction!.Value));
        Assert.All(series, s => Assert.Equal(
            (BalancingReserveType.AutomaticFrequencyRestoration, BalancingMarketAgreementType.Daily, "B95", "A03", "A01"),
            (s.ReserveType!.Value, s.MarketAgreementType!.Value, s.Series.BusinessType, s.Series.PsrType, s.Series.MarketAgreementType)));

        // Up: positions 1-3 at 100 MW for 12.5, 4-25 at 120 MW for 9.75 (A03 repeats both values).
        var up = series[0].Points;
        Assert.Equal(25, up.Count);
        Assert.Equal((2940m, 252m), (up.Sum(p => p.Quantity!.Value), up.Sum(p => p.Price!.Value)));
        Assert.Equal(new BalancingPoint(new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero), 100m, 12.5m), up[2]);
        Assert.Equal(new BalancingPoint(new DateTimeOffset(2026, 10, 25, 1, 0, 0, TimeSpan.Zero), 120m, 9.75m), up[3]);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 22, 0, 0, TimeSpan.Zero), up[^1].Timestamp);

        // Down: positions 1-3 at 80 MW for 3, 4-25 at 60 MW for 4.2.
        Assert.Equal((1560m, 101.4m), (series[1].Points.Sum(p => p.Quantity!.Value), series[1].Points.Sum(p => p.Price!.Value)));
        Assert.Equal((TimeSeriesValueKind.Quantity, TimeSeriesValueKind.ProcurementPrice), (series[0].Series.ValueKind, series[0].Series.SecondaryValueKind));
    }

    [Fact]
    public async Task GetProcuredBalancingCapacityAsync_FullPageOf100Series_RequestsTheNextPage()
    {
        var route = FaultServer.Shared.Register((ctx, attempt, _) => attempt == 1
            ? Replies.OkAsync(ctx, BalancingArchive(ProcuredCapacityPage(100)))
            : Replies.OkAsync(ctx, NoMatchingData("PROCURED_BALANCING_CAPACITY_R3 [GL EB 12.3.F]", "10YDE-VE-------2")));
        using var client = Client(route);

        var series = await client.GetProcuredBalancingCapacityAsync(TransparencyAreas.De50Hz, BalancingReserveType.AutomaticFrequencyRestoration, AutumnDayStart, AutumnDayStart.AddHours(4));

        // One archive entry holding 100 series is a full page: counting the entry alone would have stopped here.
        Assert.Equal(
            [
                $"{ProcuredQuery}&offset=0&periodStart=202610242200&periodEnd=202610250200",
                $"{ProcuredQuery}&offset=100&periodStart=202610242200&periodEnd=202610250200",
            ],
            SentQueries(route));
        Assert.Equal(100, series.Count);
        Assert.Equal(5050m, series.Sum(s => s.Points[0].Quantity!.Value));
    }

    [Fact]
    public async Task GetProcuredBalancingCapacityAsync_PageOf99Series_IsTheLastPage()
    {
        var route = ServeArchive(ProcuredCapacityPage(99));
        using var client = Client(route);

        var series = await client.GetProcuredBalancingCapacityAsync(TransparencyAreas.De50Hz, BalancingReserveType.AutomaticFrequencyRestoration, AutumnDayStart, AutumnDayStart.AddHours(4));

        Assert.Single(route.Requests);
        Assert.Equal(99, series.Count);

        // Each series has one point covering the four hours: sixteen quarter hours of the same values.
        Assert.All(series, s => Assert.Equal(16, s.Points.Count));
    }

    [Fact]
    public async Task GetContractedReservesAsync_DailyFcr_SendsTheItemsRequestFromOffsetZero()
    {
        var route = ServeArchive(ContractedReserves());
        using var client = Client(route);

        await client.GetContractedReservesAsync(TransparencyAreas.Fr, BalancingReserveType.FrequencyContainment, SpringDayStart, SpringDayEnd, BalancingMarketAgreementType.Daily);

        Assert.Equal(["documentType=A81&processType=A52&businessType=B95&controlArea_Domain=10YFR-RTE------C&type_MarketAgreement.Type=A01&offset=0&periodStart=202603282300&periodEnd=202603292200"], SentQueries(route));
    }

    [Fact]
    public async Task GetContractedReservesAsync_SpringDstDay_ReturnsAmountsAndPricesOfBothDocuments()
    {
        var route = ServeArchive(ContractedReserves());
        using var client = Client(route);

        var series = await client.GetContractedReservesAsync(TransparencyAreas.Fr, BalancingReserveType.FrequencyContainment, SpringDayStart, SpringDayEnd);

        Assert.Equal([BalancingDirection.Symmetric, BalancingDirection.Up], series.Select(s => s.Direction!.Value));
        Assert.All(series, s => Assert.Equal((BalancingReserveType.FrequencyContainment, BalancingMarketAgreementType.Daily), (s.ReserveType!.Value, s.MarketAgreementType!.Value)));

        // Symmetric: 23 hours, positions 1-2 at 550 MW for 14.1, 3-23 at 545 MW for 15.8.
        var symmetric = series[0].Points;
        Assert.Equal(23, symmetric.Count);
        Assert.Equal((12545m, 360m), (symmetric.Sum(p => p.Quantity!.Value), symmetric.Sum(p => p.Price!.Value)));
        Assert.Equal(new BalancingPoint(new DateTimeOffset(2026, 3, 29, 21, 0, 0, TimeSpan.Zero), 545m, 15.8m), symmetric[^1]);

        // Up: three periods of one point each, across 01:00Z.
        Assert.Equal(
            [
                new BalancingPoint(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero), 30m, 7m),
                new BalancingPoint(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), 31m, 7.5m),
                new BalancingPoint(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero), 32m, 8m),
            ],
            series[1].Points);
    }

    [Fact]
    public async Task GetContractedReservesAsync_TwoHours_TrimsEveryDocumentToThePeriod()
    {
        var route = ServeArchive(ContractedReserves());
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);

        var series = await client.GetContractedReservesAsync(TransparencyAreas.Fr, BalancingReserveType.FrequencyContainment, start, start.AddHours(2));

        Assert.Equal([545m, 545m], series[0].Points.Select(p => p.Quantity!.Value));
        Assert.Equal([31m, 32m], series[1].Points.Select(p => p.Quantity!.Value));
    }
}
