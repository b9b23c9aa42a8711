using System.Globalization;

namespace Entsoe.Transparency.Tests.Parsing;

// Expected instants: local midnights of the named IANA zone converted to UTC with Python's zoneinfo (the system
// tzdata), stepping the local date by the resolution, once by hand; not produced by the SDK.
public class PeriodCalendarTests
{
    public static TheoryData<string, string, string, string, string[]> DstSpanningPeriods => new()
    {
        // CET, autumn.
        {
            "P1D", "2025-10-20T22:00Z", "2025-11-03T23:00Z", "CET autumn",
            ["2025-10-20T22:00Z", "2025-10-21T22:00Z", "2025-10-22T22:00Z", "2025-10-23T22:00Z", "2025-10-24T22:00Z", "2025-10-25T22:00Z", "2025-10-26T23:00Z", "2025-10-27T23:00Z", "2025-10-28T23:00Z", "2025-10-29T23:00Z", "2025-10-30T23:00Z", "2025-10-31T23:00Z", "2025-11-01T23:00Z", "2025-11-02T23:00Z"]
        },
        { "P7D", "2026-03-15T23:00Z", "2026-04-19T22:00Z", "CET spring", ["2026-03-15T23:00Z", "2026-03-22T23:00Z", "2026-03-29T22:00Z", "2026-04-05T22:00Z", "2026-04-12T22:00Z"] },
        { "P7D", "2025-10-12T22:00Z", "2025-11-09T23:00Z", "CET autumn", ["2025-10-12T22:00Z", "2025-10-19T22:00Z", "2025-10-26T23:00Z", "2025-11-02T23:00Z"] },
        {
            "P1M", "2021-12-31T23:00Z", "2022-12-31T23:00Z", "CET year",
            ["2021-12-31T23:00Z", "2022-01-31T23:00Z", "2022-02-28T23:00Z", "2022-03-31T22:00Z", "2022-04-30T22:00Z", "2022-05-31T22:00Z", "2022-06-30T22:00Z", "2022-07-31T22:00Z", "2022-08-31T22:00Z", "2022-09-30T22:00Z", "2022-10-31T23:00Z", "2022-11-30T23:00Z"]
        },

        // UK (Europe/London, UTC+0 in winter).
        { "P1D", "2026-03-27T00:00Z", "2026-04-01T23:00Z", "UK spring", ["2026-03-27T00:00Z", "2026-03-28T00:00Z", "2026-03-29T00:00Z", "2026-03-29T23:00Z", "2026-03-30T23:00Z", "2026-03-31T23:00Z"] },
        { "P1D", "2025-10-24T23:00Z", "2025-10-29T00:00Z", "UK autumn", ["2025-10-24T23:00Z", "2025-10-25T23:00Z", "2025-10-27T00:00Z", "2025-10-28T00:00Z"] },
        { "P7D", "2026-03-23T00:00Z", "2026-04-12T23:00Z", "UK spring", ["2026-03-23T00:00Z", "2026-03-29T23:00Z", "2026-04-05T23:00Z"] },
        { "P7D", "2025-10-12T23:00Z", "2025-11-10T00:00Z", "UK autumn", ["2025-10-12T23:00Z", "2025-10-19T23:00Z", "2025-10-27T00:00Z", "2025-11-03T00:00Z"] },
        {
            "P1M", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "UK year",
            ["2026-01-01T00:00Z", "2026-02-01T00:00Z", "2026-03-01T00:00Z", "2026-03-31T23:00Z", "2026-04-30T23:00Z", "2026-05-31T23:00Z", "2026-06-30T23:00Z", "2026-07-31T23:00Z", "2026-08-31T23:00Z", "2026-09-30T23:00Z", "2026-11-01T00:00Z", "2026-12-01T00:00Z"]
        },

        // EET (Europe/Helsinki, UTC+2 in winter).
        { "P1D", "2026-03-26T22:00Z", "2026-04-01T21:00Z", "EET spring", ["2026-03-26T22:00Z", "2026-03-27T22:00Z", "2026-03-28T22:00Z", "2026-03-29T21:00Z", "2026-03-30T21:00Z", "2026-03-31T21:00Z"] },
        { "P1D", "2025-10-23T21:00Z", "2025-10-28T22:00Z", "EET autumn", ["2025-10-23T21:00Z", "2025-10-24T21:00Z", "2025-10-25T21:00Z", "2025-10-26T22:00Z", "2025-10-27T22:00Z"] },
        { "P7D", "2026-03-22T22:00Z", "2026-04-12T21:00Z", "EET spring", ["2026-03-22T22:00Z", "2026-03-29T21:00Z", "2026-04-05T21:00Z"] },
        { "P7D", "2025-10-12T21:00Z", "2025-11-09T22:00Z", "EET autumn", ["2025-10-12T21:00Z", "2025-10-19T21:00Z", "2025-10-26T22:00Z", "2025-11-02T22:00Z"] },
        {
            "P1M", "2025-12-31T22:00Z", "2026-12-31T22:00Z", "EET year",
            ["2025-12-31T22:00Z", "2026-01-31T22:00Z", "2026-02-28T22:00Z", "2026-03-31T21:00Z", "2026-04-30T21:00Z", "2026-05-31T21:00Z", "2026-06-30T21:00Z", "2026-07-31T21:00Z", "2026-08-31T21:00Z", "2026-09-30T21:00Z", "2026-10-31T22:00Z", "2026-11-30T22:00Z"]
        },

        // A zone without DST (Europe/Istanbul, UTC+3): its end is a step of the fixed offset, not of the EU rule.
        {
            "P1D", "2025-10-20T21:00Z", "2025-10-30T21:00Z", "UTC+3 all year",
            ["2025-10-20T21:00Z", "2025-10-21T21:00Z", "2025-10-22T21:00Z", "2025-10-23T21:00Z", "2025-10-24T21:00Z", "2025-10-25T21:00Z", "2025-10-26T21:00Z", "2025-10-27T21:00Z", "2025-10-28T21:00Z", "2025-10-29T21:00Z"]
        },
    };

    [Theory]
    [MemberData(nameof(DstSpanningPeriods))]
    public void AddTo_DstSpanningPeriod_StepsOnLocalMidnights(string code, string start, string end, string zone, string[] expected)
    {
        var resolution = TimeSeriesResolution.Parse(code);
        var period = Interval(start, end);

        var all = Enumerable.Range(0, resolution.CountSteps(period)).Select(i => Format(resolution.AddTo(period, i)));

        Assert.True(expected.SequenceEqual(all), $"{zone} {code}: {string.Join(", ", all)}");
    }

    [Fact]
    public void AddTo_MonthAheadDailyPeriodInCet_Has63DaysAndMovesAtTheMarchChange()
    {
        // The platform's month-ahead P1D capacity period: 17 March to 18 May 2026, local (CET/CEST) days.
        var resolution = TimeSeriesResolution.Parse("P1D");
        var period = Interval("2026-03-16T23:00Z", "2026-05-18T22:00Z");

        Assert.Equal(63, resolution.CountSteps(period));
        Assert.Equal(
            ["2026-03-16T23:00Z", "2026-03-28T23:00Z", "2026-03-29T22:00Z", "2026-05-17T22:00Z"],
            new[] { 0, 12, 13, 62 }.Select(i => Format(resolution.AddTo(period, i))));
    }

    [Fact]
    public void Parse_VariableDailyPeriodAcrossTheMarchChange_PlacesLaterDaysAnHourEarlierInUtc()
    {
        var content = VariableSeries("P1D", "2026-03-16T23:00Z", "2026-05-18T22:00Z", (1, 10m), (14, 20m));

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        Assert.Equal(63, points.Count);
        Assert.Equal((Instant("2026-03-28T23:00Z"), 10m), (points[12].Timestamp, points[12].Value));
        Assert.Equal((Instant("2026-03-29T22:00Z"), 20m), (points[13].Timestamp, points[13].Value));
        Assert.Equal(Instant("2026-05-17T22:00Z"), points[^1].Timestamp);
    }

    [Fact]
    public void Parse_YearOfMonthsAndAWindowInJuly_KeepsJulyStartingAtLocalMidnight()
    {
        var content = VariableSeries("P1M", "2021-12-31T23:00Z", "2022-12-31T23:00Z", (1, 5m));
        var options = new TransparencyParseOptions { Window = Interval("2022-07-10T00:00Z", "2022-07-20T00:00Z"), KeepOverlappingPoints = true };

        var point = Assert.Single(Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content, options).TimeSeries).Periods).Points);

        Assert.Equal(Instant("2022-06-30T22:00Z"), point.Timestamp);
    }

    [Fact]
    public void AddTo_HourlyPeriodStartingOffMidnight_KeepsFixedStepsAcrossTheChange()
    {
        var resolution = TimeSeriesResolution.Parse("PT60M");
        var period = Interval("2026-03-28T22:30Z", "2026-03-29T03:30Z");

        var all = Enumerable.Range(0, resolution.CountSteps(period)).Select(i => Format(resolution.AddTo(period, i)));

        Assert.Equal(["2026-03-28T22:30Z", "2026-03-28T23:30Z", "2026-03-29T00:30Z", "2026-03-29T01:30Z", "2026-03-29T02:30Z"], all);
    }

    [Fact]
    public void AddTo_QuarterHourPeriodOverTheAutumnChange_Keeps100FixedSteps()
    {
        // The 25-hour CET day of 26 October 2025: 100 quarter hours, each exactly 15 minutes after the one before.
        var resolution = TimeSeriesResolution.Parse("PT15M");
        var period = Interval("2025-10-25T22:00Z", "2025-10-26T23:00Z");

        Assert.Equal(100, resolution.CountSteps(period));
        Assert.Equal(Instant("2025-10-26T22:45Z"), resolution.AddTo(period, 99));
    }

    [Fact]
    public void AddTo_DailyPeriodStartingOffAWholeHour_KeepsFixedDays()
    {
        var resolution = TimeSeriesResolution.Parse("P1D");
        var period = Interval("2026-03-27T22:30Z", "2026-03-31T22:30Z");

        var all = Enumerable.Range(0, resolution.CountSteps(period)).Select(i => Format(resolution.AddTo(period, i)));

        Assert.Equal(["2026-03-27T22:30Z", "2026-03-28T22:30Z", "2026-03-29T22:30Z", "2026-03-30T22:30Z"], all);
    }

    [Fact]
    public void AddTo_DailyPeriodOfUtcDaysAcrossTheChange_StaysOnUtcMidnights()
    {
        // Ends on a UTC midnight, which is no UK midnight after the change: the period is in UTC days.
        var resolution = TimeSeriesResolution.Parse("P1D");
        var period = Interval("2024-03-30T00:00Z", "2024-04-02T00:00Z");

        var all = Enumerable.Range(0, resolution.CountSteps(period)).Select(i => Format(resolution.AddTo(period, i)));

        Assert.Equal(["2024-03-30T00:00Z", "2024-03-31T00:00Z", "2024-04-01T00:00Z"], all);
    }

    [Theory]
    [InlineData("PT15M", false)]
    [InlineData("PT60M", false)]
    [InlineData("P1D", true)]
    [InlineData("P7D", true)]
    [InlineData("P1M", true)]
    [InlineData("P3M", true)]
    [InlineData("P1Y", true)]
    public void IsLocalCalendar_Resolution_TrueFromADayUp(string code, bool expected) =>
        Assert.Equal(expected, TimeSeriesResolution.Parse(code).IsLocalCalendar);

    // One A03 series of one period, so that its stated positions expand over the whole period.
    private static byte[] VariableSeries(string resolution, string start, string end, params (int Position, decimal Quantity)[] points) =>
        SampleDocuments.WithSeries("GL_MarketDocument", SampleDocuments.GenerationLoad30, $"""
            <mRID>1</mRID>
            <curveType>A03</curveType>
            <Period>
              <timeInterval><start>{start}</start><end>{end}</end></timeInterval>
              <resolution>{resolution}</resolution>
              {string.Concat(points.Select(p => string.Create(CultureInfo.InvariantCulture, $"<Point><position>{p.Position}</position><quantity>{p.Quantity}</quantity></Point>")))}
            </Period>
            """);

    private static UtcInterval Interval(string start, string end) => new(Instant(start), Instant(end));

    private static DateTimeOffset Instant(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
