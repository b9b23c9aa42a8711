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
}
