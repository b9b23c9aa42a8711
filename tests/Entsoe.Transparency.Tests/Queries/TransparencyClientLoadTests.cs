using Entsoe.Transparency.Tests.Infrastructure;
using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>Actual total load and its day-ahead forecast (A65) against the real server on 127.0.0.1.</summary>
public class TransparencyClientLoadTests
{
    private const string DeLu = "10Y1001A1001A82H";

    [Fact]
    public async Task GetActualTotalLoadAsync_WholeLocalDayOfQuarterHours_ReturnsTheWindowsFortyEightPoints()
    {
        var route = Serve(GenerationLoad("A65", "A16", Series("1", "A04", Domain("outBiddingZone_Domain", DeLu), "PT15M", 96, 50_000m)));
        using var client = Client(route);

        var series = await client.GetActualTotalLoadAsync(TransparencyAreas.DeLu, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A65&processType=A16&outBiddingZone_Domain={DeLu}&periodStart=202601010000&periodEnd=202601011200"], SentQueries(route));
        var load = Assert.Single(series);
        Assert.Equal("A04", load.BusinessType);
        Assert.Equal(DeLu, load.OutBiddingZone);
        Assert.Equal("MAW", load.QuantityUnit);
        var points = load.Periods.SelectMany(p => p.Points).ToList();
        Assert.Equal(48, points.Count);
        Assert.Equal(new TimeSeriesPoint(WindowStart, 50_004m), points[0]);
        Assert.Equal(new TimeSeriesPoint(WindowEnd.AddMinutes(-15), 50_051m), points[^1]);
    }

    [Fact]
    public async Task GetActualTotalLoadAsync_EighteenMonths_SendsOneRequestPerYear()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await client.GetActualTotalLoadAsync(TransparencyAreas.DeLu, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(series);
        Assert.Equal(
            [
                $"documentType=A65&processType=A16&outBiddingZone_Domain={DeLu}&periodStart=202401010000&periodEnd=202501010000",
                $"documentType=A65&processType=A16&outBiddingZone_Domain={DeLu}&periodStart=202501010000&periodEnd=202507010000",
            ],
            SentQueries(route));
    }

    [Fact]
    public async Task GetDayAheadTotalLoadForecastAsync_WholeLocalDayOfHours_ReturnsTheWindowsTwelvePoints()
    {
        var route = Serve(GenerationLoad("A65", "A01", Series("1", "A04", Domain("outBiddingZone_Domain", DeLu), "PT60M", 24, 48_000m)));
        using var client = Client(route);

        var series = await client.GetDayAheadTotalLoadForecastAsync(TransparencyAreas.DeLu, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A65&processType=A01&outBiddingZone_Domain={DeLu}&periodStart=202601010000&periodEnd=202601011200"], SentQueries(route));
        var forecast = Assert.Single(series);
        Assert.Equal("MAW", forecast.QuantityUnit);
        var points = forecast.Periods.SelectMany(p => p.Points).ToList();
        Assert.Equal(12, points.Count);
        Assert.Equal(new TimeSeriesPoint(WindowStart, 48_001m), points[0]);
        Assert.Equal(new TimeSeriesPoint(WindowEnd.AddHours(-1), 48_012m), points[^1]);
    }

    [Theory]
    [InlineData(LoadForecastHorizon.DayAhead, "A01")]
    [InlineData(LoadForecastHorizon.WeekAhead, "A31")]
    [InlineData(LoadForecastHorizon.MonthAhead, "A32")]
    [InlineData(LoadForecastHorizon.YearAhead, "A33")]
    public async Task GetTotalLoadForecastAsync_NoMatchingData_SendsTheHorizonsProcessTypeAndReturnsNoSeries(LoadForecastHorizon horizon, string processType)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await client.GetTotalLoadForecastAsync(TransparencyAreas.DeLu, horizon, WindowStart, WindowEnd);

        Assert.Empty(series);
        Assert.Equal([$"documentType=A65&processType={processType}&outBiddingZone_Domain={DeLu}&periodStart=202601010000&periodEnd=202601011200"], SentQueries(route));
    }

    [Fact]
    public async Task GetTotalLoadForecastAsync_DayAhead_ReturnsWhatTheDayAheadMethodReturns()
    {
        var route = Serve(GenerationLoad("A65", "A01", Series("1", "A04", Domain("outBiddingZone_Domain", DeLu), "PT60M", 24, 48_000m)));
        using var client = Client(route);

        var general = await client.GetTotalLoadForecastAsync(TransparencyAreas.DeLu, LoadForecastHorizon.DayAhead, WindowStart, WindowEnd);
        var dayAhead = await client.GetDayAheadTotalLoadForecastAsync(TransparencyAreas.DeLu, WindowStart, WindowEnd);

        Assert.Equal(SentQueries(route)[1], SentQueries(route)[0]);
        Assert.Equal(
            dayAhead.SelectMany(s => s.Periods).SelectMany(p => p.Points),
            general.SelectMany(s => s.Periods).SelectMany(p => p.Points));
        Assert.Equal(12, general.Single().Periods.Single().Points.Count);
    }

    [Fact]
    public async Task GetTotalLoadForecastAsync_WeekAheadAcrossTheAutumnChange_KeepsTheDaysReachingIntoTheWindowOnLocalMidnights()
    {
        var route = Serve(MarketDataItemDocuments.WeekAheadLoadCz());
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 10, 21, 10, 0, 0, TimeSpan.Zero);
        var end = new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero);

        var series = await client.GetTotalLoadForecastAsync(TransparencyAreas.Cz, LoadForecastHorizon.WeekAhead, start, end);

        Assert.Equal([$"documentType=A65&processType=A31&outBiddingZone_Domain={MarketDataItemDocuments.Cz}&periodStart=202610211000&periodEnd=202610251200"], SentQueries(route));
        Assert.Equal(["A60", "A61"], series.Select(s => s.BusinessType));

        // Wednesday 21 October (from 20T22:00Z, already running at 10:00Z) to Sunday 25 October, whose local midnight
        // is still 22:00Z: the day lasts 25 hours and the next starts at 25T23:00Z.
        DateTimeOffset[] days =
        [
            new(2026, 10, 20, 22, 0, 0, TimeSpan.Zero),
            new(2026, 10, 21, 22, 0, 0, TimeSpan.Zero),
            new(2026, 10, 22, 22, 0, 0, TimeSpan.Zero),
            new(2026, 10, 23, 22, 0, 0, TimeSpan.Zero),
            new(2026, 10, 24, 22, 0, 0, TimeSpan.Zero),
        ];
        var minimum = series[0].Periods.Single().Points;
        Assert.Equal(days, minimum.Select(p => p.Timestamp));

        // Position 6 (Saturday) is left out of the A03 minimum and repeats Friday's 5079.
        Assert.Equal([5215m, 5113m, 5079m, 5079m, 4200m], minimum.Select(p => p.Value));
        var maximum = series[1].Periods.Single().Points;
        Assert.Equal(days, maximum.Select(p => p.Timestamp));
        Assert.Equal([6003m, 6004m, 6005m, 6006m, 6007m], maximum.Select(p => p.Value));
    }

    [Fact]
    public async Task GetTotalLoadForecastAsync_UndefinedHorizon_ThrowsBeforeSending()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetTotalLoadForecastAsync(TransparencyAreas.DeLu, (LoadForecastHorizon)4, WindowStart, WindowEnd));

        Assert.Equal("horizon", error.ParamName);
        Assert.Empty(route.Requests);
    }

    [Fact]
    public async Task GetLoadAndForecastAsync_QuarterHourActualAndHourlyForecastOnTheSpringChangeDay_JoinsThemOnEveryInstant()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Infrastructure.Replies.OkAsync(
            ctx,
            ctx.Request.Query["processType"] == "A16" ? MarketDataItemDocuments.ActualLoadSpringDay() : MarketDataItemDocuments.DayAheadLoadSpringDay()));
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero);

        var rows = await client.GetLoadAndForecastAsync(TransparencyAreas.DeLu, start, start.AddHours(3));

        Assert.Equal(
            [
                $"documentType=A65&processType=A01&outBiddingZone_Domain={DeLu}&periodStart=202603290000&periodEnd=202603290300",
                $"documentType=A65&processType=A16&outBiddingZone_Domain={DeLu}&periodStart=202603290000&periodEnd=202603290300",
            ],
            SentQueries(route));

        // Actual: positions 5-12 of the A03 curve (1 = 50000, 6 = 50500, 11 = 52000), published up to 02:00Z. Forecast:
        // hourly positions 2-4 (48002-48004).
        Assert.Equal(
            [
                new LoadAndForecast(start, 50_000m, 48_002m),
                new LoadAndForecast(start.AddMinutes(15), 50_500m, null),
                new LoadAndForecast(start.AddMinutes(30), 50_500m, null),
                new LoadAndForecast(start.AddMinutes(45), 50_500m, null),
                new LoadAndForecast(start.AddMinutes(60), 50_500m, 48_003m),
                new LoadAndForecast(start.AddMinutes(75), 50_500m, null),
                new LoadAndForecast(start.AddMinutes(90), 52_000m, null),
                new LoadAndForecast(start.AddMinutes(105), 52_000m, null),
                new LoadAndForecast(start.AddHours(2), null, 48_004m),
            ],
            rows);
    }

    [Fact]
    public async Task GetLoadAndForecastAsync_NoMatchingData_ReturnsNoRows()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var rows = await client.GetLoadAndForecastAsync(TransparencyAreas.DeLu, WindowStart, WindowEnd);

        Assert.Empty(rows);
        Assert.Equal(2, route.Requests.Count);
    }
}
