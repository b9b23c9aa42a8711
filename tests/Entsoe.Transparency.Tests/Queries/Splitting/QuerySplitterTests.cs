using System.Globalization;

namespace Entsoe.Transparency.Tests.Queries.Splitting;

public class QuerySplitterTests
{
    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static QuerySpan Span(string span) => span switch
    {
        "P1Y" => QuerySpan.FromYears(1),
        "P1D" => QuerySpan.FromDays(1),
        "P100D" => QuerySpan.FromDays(100),
        "PT6H" => QuerySpan.FromDuration(TimeSpan.FromHours(6)),
        _ => QuerySpan.Unlimited,
    };

    [Theory]
    [InlineData("2026-01-01T00:00Z", "2026-01-01T06:00Z", "P1D")]
    [InlineData("2026-01-01T00:00Z", "2026-07-01T00:00Z", "P1Y")]
    [InlineData("2026-01-01T00:00Z", "2026-02-01T00:00Z", "P100D")]
    [InlineData("2026-01-01T00:00Z", "2026-01-01T00:01Z", "PT6H")]
    public void Split_WindowShorterThanOneSpan_ReturnsTheWindowAsOneChunk(string start, string end, string span)
    {
        var chunks = QuerySplitter.Split(Utc(start), Utc(end), Span(span)).ToList();

        Assert.Equal([new QueryChunk(Utc(start), Utc(end))], chunks);
    }

    [Theory]
    [InlineData("2023-01-01T00:00Z", "2024-01-01T00:00Z", "P1Y")]
    [InlineData("2024-01-01T00:00Z", "2025-01-01T00:00Z", "P1Y")]
    [InlineData("2026-03-29T00:00Z", "2026-03-30T00:00Z", "P1D")]
    [InlineData("2026-01-01T00:00Z", "2026-04-11T00:00Z", "P100D")]
    public void Split_ExactlyOneSpan_ReturnsOneChunk(string start, string end, string span)
    {
        var chunks = QuerySplitter.Split(Utc(start), Utc(end), Span(span)).ToList();

        Assert.Equal([new QueryChunk(Utc(start), Utc(end))], chunks);
    }

    [Fact]
    public void Split_ThreeAndAHalfDaysByDay_ReturnsThreeFullDaysAndAHalf()
    {
        var chunks = QuerySplitter.Split(Utc("2026-01-01T00:00Z"), Utc("2026-01-04T12:00Z"), QuerySpan.FromDays(1)).ToList();

        Assert.Equal(
            [
                new QueryChunk(Utc("2026-01-01T00:00Z"), Utc("2026-01-02T00:00Z")),
                new QueryChunk(Utc("2026-01-02T00:00Z"), Utc("2026-01-03T00:00Z")),
                new QueryChunk(Utc("2026-01-03T00:00Z"), Utc("2026-01-04T00:00Z")),
                new QueryChunk(Utc("2026-01-04T00:00Z"), Utc("2026-01-04T12:00Z")),
            ],
            chunks);
    }

    [Fact]
    public void Split_YearSpanFromMidMarch_EachChunkEndsOneCalendarYearAfterItStarts()
    {
        var chunks = QuerySplitter.Split(Utc("2023-03-15T06:00Z"), Utc("2026-01-01T00:00Z"), QuerySpan.FromYears(1)).ToList();

        Assert.Equal(
            [
                new QueryChunk(Utc("2023-03-15T06:00Z"), Utc("2024-03-15T06:00Z")),
                new QueryChunk(Utc("2024-03-15T06:00Z"), Utc("2025-03-15T06:00Z")),
                new QueryChunk(Utc("2025-03-15T06:00Z"), Utc("2026-01-01T00:00Z")),
            ],
            chunks);
    }

    [Fact]
    public void Split_YearSpanStartingOnLeapDay_ContinuesFromTheTwentyEighth()
    {
        var chunks = QuerySplitter.Split(Utc("2024-02-29T00:00Z"), Utc("2028-03-01T00:00Z"), QuerySpan.FromYears(1)).ToList();

        Assert.Equal(
            [
                new QueryChunk(Utc("2024-02-29T00:00Z"), Utc("2025-02-28T00:00Z")),
                new QueryChunk(Utc("2025-02-28T00:00Z"), Utc("2026-02-28T00:00Z")),
                new QueryChunk(Utc("2026-02-28T00:00Z"), Utc("2027-02-28T00:00Z")),
                new QueryChunk(Utc("2027-02-28T00:00Z"), Utc("2028-02-28T00:00Z")),
                new QueryChunk(Utc("2028-02-28T00:00Z"), Utc("2028-03-01T00:00Z")),
            ],
            chunks);
    }

    [Fact]
    public void Split_LeapYearByDay_HasThreeHundredSixtySixChunks()
    {
        var chunks = QuerySplitter.Split(Utc("2024-01-01T00:00Z"), Utc("2025-01-01T00:00Z"), QuerySpan.FromDays(1)).ToList();

        Assert.Equal(366, chunks.Count);
        Assert.Contains(new QueryChunk(Utc("2024-02-29T00:00Z"), Utc("2024-03-01T00:00Z")), chunks);
    }

    [Fact]
    public void Split_BerlinDaysAcrossSpringForward_ChunksAreWholeUtcDaysInUtc()
    {
        // Berlin's 28 to 31 March 2026 is 71 hours: the clocks go forward on the 29th.
        var start = new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.FromHours(1));
        var end = new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.FromHours(2));

        var chunks = QuerySplitter.Split(start, end, QuerySpan.FromDays(1)).ToList();

        Assert.Equal(
            [
                new QueryChunk(Utc("2026-03-27T23:00Z"), Utc("2026-03-28T23:00Z")),
                new QueryChunk(Utc("2026-03-28T23:00Z"), Utc("2026-03-29T23:00Z")),
                new QueryChunk(Utc("2026-03-29T23:00Z"), Utc("2026-03-30T22:00Z")),
            ],
            chunks);
        Assert.All(chunks, chunk => Assert.Equal(TimeSpan.Zero, chunk.Start.Offset));
    }

    [Fact]
    public void Split_BerlinDaysAcrossFallBack_ChunksAreWholeUtcDaysInUtc()
    {
        // Berlin's 24 to 26 October 2026 is 49 hours: the clocks go back on the 25th.
        var start = new DateTimeOffset(2026, 10, 24, 0, 0, 0, TimeSpan.FromHours(2));
        var end = new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.FromHours(1));

        var chunks = QuerySplitter.Split(start, end, QuerySpan.FromDays(1)).ToList();

        Assert.Equal(
            [
                new QueryChunk(Utc("2026-10-23T22:00Z"), Utc("2026-10-24T22:00Z")),
                new QueryChunk(Utc("2026-10-24T22:00Z"), Utc("2026-10-25T22:00Z")),
                new QueryChunk(Utc("2026-10-25T22:00Z"), Utc("2026-10-25T23:00Z")),
            ],
            chunks);
    }

    [Theory]
    [InlineData("2015-01-01T00:00Z", "2026-06-15T13:45Z", "P1Y")]
    [InlineData("2026-03-01T00:00Z", "2026-11-01T00:00Z", "P1D")]
    [InlineData("2019-12-31T23:00Z", "2024-03-31T01:00Z", "P100D")]
    [InlineData("2026-03-29T00:30Z", "2026-03-30T01:15Z", "PT6H")]
    [InlineData("2000-01-01T00:00Z", "2030-01-01T00:00Z", "unlimited")]
    public void Split_AnyWindow_CoversItExactlyWithoutGapOrOverlap(string start, string end, string span)
    {
        var chunks = QuerySplitter.Split(Utc(start), Utc(end), Span(span)).ToList();

        Assert.Equal(Utc(start), chunks[0].Start);
        Assert.Equal(Utc(end), chunks[^1].End);
        Assert.All(chunks.Zip(chunks.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.All(chunks, chunk => Assert.True(chunk.End <= Span(span).EndOfChunk(chunk.Start, DateTimeOffset.MaxValue), $"{chunk} is longer than {span}"));
    }

    [Fact]
    public void Split_Unlimited_ReturnsOneChunkForDecades()
    {
        var chunks = QuerySplitter.Split(Utc("2015-01-01T00:00Z"), Utc("2045-01-01T00:00Z"), QuerySpan.Unlimited).ToList();

        Assert.Single(chunks);
    }

    [Fact]
    public void Split_HugeWindowByDay_IsComputedLazily()
    {
        var chunks = QuerySplitter.Split(Utc("2000-01-01T00:00Z"), DateTimeOffset.MaxValue.AddTicks(-TimeSpan.TicksPerMinute + 1), QuerySpan.FromDays(1));

        var firstTwo = chunks.Take(2).ToList();

        Assert.Equal(new QueryChunk(Utc("2000-01-02T00:00Z"), Utc("2000-01-03T00:00Z")), firstTwo[1]);
    }

    [Fact]
    public void Split_WindowReachingYearNineThousandNineHundredNinetyNine_EndsThereWithoutOverflow()
    {
        var end = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

        var chunks = QuerySplitter.Split(Utc("9998-06-01T00:00Z"), end, QuerySpan.FromYears(1)).ToList();

        Assert.Equal(end, chunks[^1].End);
    }

    [Theory]
    [InlineData("2026-01-02T00:00Z", "2026-01-01T00:00Z")]
    [InlineData("2026-01-01T00:00Z", "2026-01-01T00:00Z")]
    public void Split_EndNotAfterStart_ThrowsBeforeEnumeration(string start, string end)
    {
        var error = Assert.Throws<ArgumentException>(() => QuerySplitter.Split(Utc(start), Utc(end), QuerySpan.FromDays(1)));

        Assert.Equal("end", error.ParamName);
    }

    [Fact]
    public void Split_InstantWithSeconds_ThrowsBecauseThePlatformTakesMinutes()
    {
        var error = Assert.Throws<ArgumentException>(() => QuerySplitter.Split(Utc("2026-01-01T00:00:30Z"), Utc("2026-01-02T00:00Z"), QuerySpan.FromDays(1)));

        Assert.Contains("whole minute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bisect_OneDay_SplitsAtNoonUtc()
    {
        var (earlier, later) = QuerySplitter.Bisect(new QueryChunk(Utc("2026-03-29T00:00Z"), Utc("2026-03-30T00:00Z")));

        Assert.Equal(new QueryChunk(Utc("2026-03-29T00:00Z"), Utc("2026-03-29T12:00Z")), earlier);
        Assert.Equal(new QueryChunk(Utc("2026-03-29T12:00Z"), Utc("2026-03-30T00:00Z")), later);
    }

    [Fact]
    public void Bisect_OddNumberOfMinutes_RoundsTheMiddleDownToAWholeMinute()
    {
        var chunk = new QueryChunk(Utc("2026-01-01T00:00Z"), Utc("2026-01-01T00:03Z"));

        var (earlier, later) = QuerySplitter.Bisect(chunk, TimeSpan.FromMinutes(1));

        Assert.Equal(Utc("2026-01-01T00:01Z"), earlier.End);
        Assert.Equal(Utc("2026-01-01T00:01Z"), later.Start);
        Assert.Equal(chunk.End, later.End);
    }

    [Fact]
    public void Bisect_RepeatedlyFromOneDay_StopsBelowTheOneHourDefault()
    {
        var day = new QueryChunk(Utc("2026-01-01T00:00Z"), Utc("2026-01-02T00:00Z"));

        var twelveHours = QuerySplitter.Bisect(day).Earlier;
        var sixHours = QuerySplitter.Bisect(twelveHours).Earlier;
        var threeHours = QuerySplitter.Bisect(sixHours).Earlier;
        var ninetyMinutes = QuerySplitter.Bisect(threeHours).Earlier;
        var error = Assert.Throws<TransparencyBisectLimitException>(() => QuerySplitter.Bisect(ninetyMinutes));

        Assert.Equal(TimeSpan.FromMinutes(90), ninetyMinutes.Duration);
        Assert.Equal(ninetyMinutes, error.Chunk);
        Assert.Equal(TimeSpan.FromHours(1), error.MinimumSpan);
        Assert.Contains("Narrow the query", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-01T00:00Z", "2026-01-01T02:00Z", 60, true)]
    [InlineData("2026-01-01T00:00Z", "2026-01-01T01:59Z", 60, false)]
    [InlineData("2026-01-01T00:00Z", "2026-01-02T00:00Z", 720, true)]
    [InlineData("2026-01-01T00:00Z", "2026-01-02T00:00Z", 721, false)]
    [InlineData("2026-01-01T00:00Z", "2026-01-01T00:01Z", 1, false)]
    public void Bisect_AgainstTheMinimum_HalvesOnlyWhenBothHalvesAreLongEnough(string start, string end, int minimumMinutes, bool halves)
    {
        var chunk = new QueryChunk(Utc(start), Utc(end));

        var error = Record.Exception(() => QuerySplitter.Bisect(chunk, TimeSpan.FromMinutes(minimumMinutes)));

        Assert.Equal(halves, error is null);
        Assert.True(error is null or TransparencyBisectLimitException);
    }

    [Fact]
    public void Bisect_MinimumBelowOneMinute_Throws()
    {
        var chunk = new QueryChunk(Utc("2026-01-01T00:00Z"), Utc("2026-01-02T00:00Z"));

        Assert.Throws<ArgumentOutOfRangeException>(() => QuerySplitter.Bisect(chunk, TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void Bisect_DefaultChunk_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => QuerySplitter.Bisect(default));

        Assert.Equal("chunk", error.ParamName);
    }

    [Fact]
    public void QueryChunk_EndBeforeStart_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new QueryChunk(Utc("2026-01-02T00:00Z"), Utc("2026-01-01T00:00Z")));

        Assert.Equal("end", error.ParamName);
    }
}
