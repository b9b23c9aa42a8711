namespace Entsoe.Transparency.Tests.Parsing;

public class TimeSeriesResolutionTests
{
    [Theory]
    [InlineData("PT1M", 1, 0)]
    [InlineData("PT15M", 15, 0)]
    [InlineData("PT30M", 30, 0)]
    [InlineData("PT60M", 60, 0)]
    [InlineData("PT1H", 60, 0)]
    [InlineData("P1D", 1440, 0)]
    [InlineData("P7D", 10080, 0)]
    [InlineData("P1M", 0, 1)]
    [InlineData("P3M", 0, 3)]
    [InlineData("P1Y", 0, 12)]
    public void Parse_SupportedCode_HasItsLength(string code, int minutes, int months)
    {
        var resolution = TimeSeriesResolution.Parse(code);

        Assert.Equal(code, resolution.Code);
        Assert.Equal(TimeSpan.FromMinutes(minutes), resolution.Duration);
        Assert.Equal(months, resolution.Months);
        Assert.Equal(months != 0, resolution.IsCalendar);
    }

    [Theory]
    [InlineData("PT5M")]
    [InlineData("P1W")]
    [InlineData("pt15m")]
    [InlineData("")]
    public void Parse_UnknownCode_ThrowsFormatExceptionNamingIt(string code)
    {
        var error = Assert.Throws<FormatException>(() => TimeSeriesResolution.Parse(code));

        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SurroundingWhiteSpace_IsIgnored()
    {
        var parsed = TimeSeriesResolution.TryParse(" PT15M\n", out var resolution);

        Assert.True(parsed);
        Assert.Equal("PT15M", resolution?.Code);
    }

    [Fact]
    public void Equals_PT60MAndPT1H_AreTheSameStep()
    {
        var minutes = TimeSeriesResolution.Parse("PT60M");
        var hours = TimeSeriesResolution.Parse("PT1H");

        Assert.Equal(minutes, hours);
        Assert.Equal(minutes.GetHashCode(), hours.GetHashCode());
        Assert.NotEqual(minutes.Code, hours.Code);
    }

    [Theory]
    [InlineData(1, 2024, 2, 29)]
    [InlineData(2, 2024, 3, 31)]
    [InlineData(3, 2024, 4, 30)]
    [InlineData(13, 2025, 2, 28)]
    public void AddTo_MonthlyFromJanuary31_CountsFromThePeriodStart(int steps, int year, int month, int day)
    {
        var start = new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero);

        var at = TimeSeriesResolution.Parse("P1M").AddTo(start, steps);

        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), at);
    }

    [Fact]
    public void AddTo_YearlyFromFebruary29_LandsOnFebruary28()
    {
        var start = new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero);

        var at = TimeSeriesResolution.Parse("P1Y").AddTo(start, 1);

        Assert.Equal(new DateTimeOffset(2025, 2, 28, 0, 0, 0, TimeSpan.Zero), at);
    }

    [Theory]
    [InlineData("PT15M", "2024-01-01T00:00Z", "2025-01-01T00:00Z", 35_136)]
    [InlineData("PT60M", "2024-03-30T23:00Z", "2024-03-31T22:00Z", 23)]
    [InlineData("P1D", "2024-03-30T23:00Z", "2024-03-31T22:00Z", 1)]
    [InlineData("PT60M", "2024-01-01T00:00Z", "2024-01-01T00:30Z", 1)]
    [InlineData("P1M", "2024-01-31T00:00Z", "2024-05-31T00:00Z", 4)]
    [InlineData("P1Y", "2023-12-31T23:00Z", "2026-12-31T23:00Z", 3)]
    [InlineData("PT60M", "2024-01-01T00:00Z", "2024-01-01T00:00Z", 0)]
    public void CountSteps_Interval_CountsEveryStepStartingInside(string code, string start, string end, int expected)
    {
        var interval = new UtcInterval(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        var steps = TimeSeriesResolution.Parse(code).CountSteps(interval);

        Assert.Equal(expected, steps);
    }
}
