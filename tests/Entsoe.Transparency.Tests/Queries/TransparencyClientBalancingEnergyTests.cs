using static Entsoe.Transparency.Tests.Queries.BalancingDocuments;
using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// The typed balancing energy items (activated energy A83, its prices A84, the current balancing state A86/B33)
/// against the real server on 127.0.0.1. Expected values are worked out by hand from <see cref="BalancingDocuments"/>.
/// </summary>
public class TransparencyClientBalancingEnergyTests
{
    private static readonly DateTimeOffset StateStart = new(2026, 3, 29, 0, 58, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetActivatedBalancingEnergyPricesAsync_SpringDstDay_SendsTheItemsRequest()
    {
        var route = Serve(ActivatedEnergyPrices());
        using var client = Client(route);

        await client.GetActivatedBalancingEnergyPricesAsync(TransparencyAreas.DeLu, SpringDayStart, SpringDayEnd);

        Assert.Equal(["documentType=A84&processType=A16&controlArea_Domain=10Y1001A1001A82H&periodStart=202603282300&periodEnd=202603292200"], SentQueries(route));
    }

    [Fact]
    public async Task GetActivatedBalancingEnergyPricesAsync_ReserveType_SendsItsBusinessType()
    {
        var route = Serve(NoMatchingData("PRICES_OF_ACTIVATED_BALANCING_ENERGY_R3 [TR 17.1.F, IF aFRR 3.16]", "10Y1001A1001A82H"));
        using var client = Client(route);

        await client.GetActivatedBalancingEnergyPricesAsync(TransparencyAreas.DeLu, SpringDayStart, SpringDayEnd, BalancingReserveType.ManualFrequencyRestoration);

        Assert.Equal(["documentType=A84&processType=A16&controlArea_Domain=10Y1001A1001A82H&businessType=A97&periodStart=202603282300&periodEnd=202603292200"], SentQueries(route));
    }

    [Fact]
    public async Task GetActivatedBalancingEnergyPricesAsync_SpringDstDay_ReturnsEveryQuarterHourOfThe23HourDay()
    {
        var route = Serve(ActivatedEnergyPrices());
        using var client = Client(route);

        var series = await client.GetActivatedBalancingEnergyPricesAsync(TransparencyAreas.DeLu, SpringDayStart, SpringDayEnd);

        Assert.Equal(
            [(BalancingReserveType.AutomaticFrequencyRestoration, BalancingDirection.Up), (BalancingReserveType.AutomaticFrequencyRestoration, BalancingDirection.Down), (BalancingReserveType.ManualFrequencyRestoration, BalancingDirection.Up)],
            series.Select(s => (s.ReserveType!.Value, s.Direction!.Value)));

        // aFRR up: positions 1-4 at 85.5, 5-89 at 92.25, 90-92 at 110 (A03 repeats the stated price).
        var up = series[0].Points;
        Assert.Equal(92, up.Count);
        Assert.Equal(8513.25m, up.Sum(p => p.Price!.Value));
        Assert.All(up, p => Assert.Null(p.Quantity));
        Assert.Equal((SpringDayStart, 85.5m), (up[0].Timestamp, up[0].Price!.Value));
        Assert.Equal((new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero), 92.25m), (up[4].Timestamp, up[4].Price!.Value));
        Assert.Equal((new DateTimeOffset(2026, 3, 29, 21, 15, 0, TimeSpan.Zero), 110m), (up[89].Timestamp, up[89].Price!.Value));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 21, 45, 0, TimeSpan.Zero), up[^1].Timestamp);

        // aFRR down: positions 1-49 at 40, 50-92 at -12.5.
        Assert.Equal((92, 1422.5m), (series[1].Points.Count, series[1].Points.Sum(p => p.Price!.Value)));
        Assert.Equal([150m, 151m, 152m, 153m], series[2].Points.Select(p => p.Price!.Value));

        var raw = series[0].Series;
        Assert.Equal((TimeSeriesValueKind.ActivationPrice, "A01", "EUR", "MWH"), (raw.ValueKind, raw.StandardMarketProduct, raw.CurrencyUnit, raw.PriceUnit));
        Assert.Null(series[0].MarketAgreementType);
    }

    [Fact]
    public async Task GetActivatedBalancingEnergyPricesAsync_HourAcrossTheDstChange_TrimsToThePeriod()
    {
        var route = Serve(ActivatedEnergyPrices());
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);

        var series = await client.GetActivatedBalancingEnergyPricesAsync(TransparencyAreas.DeLu, start, start.AddHours(1));

        // The mFRR series ends before the period and drops out; the others keep the four quarter hours from 00:30Z.
        Assert.Equal(2, series.Count);
        Assert.Equal([start, start.AddMinutes(15), start.AddMinutes(30), start.AddMinutes(45)], series[0].Points.Select(p => p.Timestamp));
        Assert.All(series[0].Points, p => Assert.Equal(92.25m, p.Price));
        Assert.All(series[1].Points, p => Assert.Equal(40m, p.Price));
    }

    [Fact]
    public async Task GetActivatedBalancingEnergyAsync_AutumnDstDay_SendsTheItemsRequest()
    {
        var route = Serve(ActivatedEnergy());
        using var client = Client(route);

        await client.GetActivatedBalancingEnergyAsync(TransparencyAreas.Be, BalancingReserveType.AutomaticFrequencyRestoration, AutumnDayStart, AutumnDayEnd);

        Assert.Equal(["documentType=A83&controlArea_Domain=10YBE----------2&businessType=A96&periodStart=202610242200&periodEnd=202610252300"], SentQueries(route));
    }

    [Fact]
    public async Task GetActivatedBalancingEnergyAsync_AutumnDstDay_ReturnsEveryHourOfThe25HourDay()
    {
        var route = Serve(ActivatedEnergy());
        using var client = Client(route);

        var series = await client.GetActivatedBalancingEnergyAsync(TransparencyAreas.Be, BalancingReserveType.AutomaticFrequencyRestoration, AutumnDayStart, AutumnDayEnd);

        Assert.Equal([BalancingDirection.Up, BalancingDirection.Down], series.Select(s => s.Direction!.Value));
        Assert.All(series, s => Assert.Equal((BalancingReserveType.AutomaticFrequencyRestoration, "A03", "MWH"), (s.ReserveType!.Value, s.Series.PsrType, s.Series.QuantityUnit)));

        // Up: positions 1-2 at 120, 3-24 at 80, 25 at 10.
        var up = series[0].Points;
        Assert.Equal((25, 2010m), (up.Count, up.Sum(p => p.Quantity!.Value)));
        Assert.All(up, p => Assert.Null(p.Price));
        Assert.Equal((new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero), 80m), (up[2].Timestamp, up[2].Quantity!.Value));
        Assert.Equal((new DateTimeOffset(2026, 10, 25, 22, 0, 0, TimeSpan.Zero), 10m), (up[^1].Timestamp, up[^1].Quantity!.Value));

        // Down: position 1 at 0, 2-25 at 35.5.
        Assert.Equal((25, 852m), (series[1].Points.Count, series[1].Points.Sum(p => p.Quantity!.Value)));
    }

    [Fact]
    public async Task GetCurrentBalancingStateAsync_SeriesPerTurnOfDirection_ReturnsOnePointPerMinuteInTimeOrder()
    {
        var route = Serve(BalancingState());
        using var client = Client(route);

        var states = await client.GetCurrentBalancingStateAsync(TransparencyAreas.Hu, StateStart, StateStart.AddMinutes(9));

        Assert.Equal(["documentType=A86&businessType=B33&area_Domain=10YHU-MAVIR----U&periodStart=202603290058&periodEnd=202603290107"], SentQueries(route));
        Assert.Equal(
            [
                new BalancingStatePoint(StateStart, BalancingDirection.Down, 4.07m, "MAW"),
                new BalancingStatePoint(StateStart.AddMinutes(1), BalancingDirection.Down, 3.5m, "MAW"),
                new BalancingStatePoint(StateStart.AddMinutes(2), BalancingDirection.Up, 17.7m, "MAW"),
                new BalancingStatePoint(StateStart.AddMinutes(3), BalancingDirection.Up, 17.7m, "MAW"),
                new BalancingStatePoint(StateStart.AddMinutes(4), BalancingDirection.Up, 19.35m, "MAW"),
                new BalancingStatePoint(StateStart.AddMinutes(5), BalancingDirection.Down, 2m, "MAW"),
                new BalancingStatePoint(StateStart.AddMinutes(6), BalancingDirection.Down, 1.25m, "MAW"),
            ],
            states);
    }

    [Fact]
    public async Task GetCurrentBalancingStateAsync_PartOfTheDocument_TrimsToThePeriod()
    {
        var route = Serve(BalancingState());
        using var client = Client(route);

        var states = await client.GetCurrentBalancingStateAsync(TransparencyAreas.Hu, StateStart.AddMinutes(1), StateStart.AddMinutes(6));

        Assert.Equal([3.5m, 17.7m, 17.7m, 19.35m, 2m], states.Select(s => s.Quantity));
        Assert.Equal(StateStart.AddMinutes(1), states[0].Timestamp);
    }

    [Fact]
    public async Task GetCurrentBalancingStateAsync_150Days_SendsOneRequestPer100Days()
    {
        var route = Serve(NoMatchingData("CURRENT_BALANCING_STATE [GL EB 12.3.A]", "10YHU-MAVIR----U"));
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var states = await client.GetCurrentBalancingStateAsync(TransparencyAreas.Hu, start, start.AddDays(150));

        Assert.Empty(states);
        Assert.Equal(
            [
                "documentType=A86&businessType=B33&area_Domain=10YHU-MAVIR----U&periodStart=202601010000&periodEnd=202604110000",
                "documentType=A86&businessType=B33&area_Domain=10YHU-MAVIR----U&periodStart=202604110000&periodEnd=202605310000",
            ],
            SentQueries(route));
    }
}
