using System.Globalization;

namespace Entsoe.Transparency.Tests.Queries.Splitting;

public class QuerySpanTests
{
    public static TheoryData<QuerySpan, string> Spans() => new()
    {
        { QuerySpan.FromYears(1), "P1Y" },
        { QuerySpan.FromYears(2), "P2Y" },
        { QuerySpan.FromDays(1), "P1D" },
        { QuerySpan.FromDays(100), "P100D" },
        { QuerySpan.FromDuration(TimeSpan.FromHours(6)), "PT6H" },
        { QuerySpan.FromDuration(TimeSpan.FromMinutes(90)), "PT90M" },
        { QuerySpan.Unlimited, "unlimited" },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void ToString_Span_IsIso8601(QuerySpan span, string expected)
    {
        var text = span.ToString();

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Equals_SameLimitBuiltTwice_AreEqual()
    {
        var day = QuerySpan.FromDays(1);

        Assert.Equal(day, QuerySpan.FromDuration(TimeSpan.FromHours(24)));
        Assert.Equal(day.GetHashCode(), QuerySpan.FromDuration(TimeSpan.FromHours(24)).GetHashCode());
        Assert.NotEqual(QuerySpan.FromYears(1), QuerySpan.FromDays(365));
    }

    [Fact]
    public void FromYears_Zero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuerySpan.FromYears(0));
    }

    [Fact]
    public void FromDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuerySpan.FromDays(-1));
    }

    [Fact]
    public void FromDuration_Seconds_ThrowsBecauseThePlatformTakesMinutes()
    {
        var error = Assert.Throws<ArgumentException>(() => QuerySpan.FromDuration(TimeSpan.FromSeconds(90)));

        Assert.Contains("whole number of minutes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-02-29T00:00Z", "2025-02-28T00:00Z")]
    [InlineData("2023-03-01T00:00Z", "2024-03-01T00:00Z")]
    [InlineData("2023-12-31T23:00Z", "2024-12-31T23:00Z")]
    public void EndOfChunk_OneYear_AddsOneCalendarYearOnTheUtcCalendar(string start, string expected)
    {
        var end = QuerySpan.FromYears(1).EndOfChunk(Parse(start), DateTimeOffset.MaxValue);

        Assert.Equal(Parse(expected), end);
    }

    [Fact]
    public void EndOfChunk_LocalStart_AddsTheYearToTheUtcInstant()
    {
        // 2024-01-01T00:30+01:00 is 2023-12-31T23:30Z: one UTC year later is 2024-12-31T23:30Z, whatever Berlin's calendar says.
        var start = new DateTimeOffset(2024, 1, 1, 0, 30, 0, TimeSpan.FromHours(1));

        var end = QuerySpan.FromYears(1).EndOfChunk(start, DateTimeOffset.MaxValue);

        Assert.Equal(Parse("2024-12-31T23:30Z"), end);
        Assert.Equal(TimeSpan.Zero, end.Offset);
    }

    private static DateTimeOffset Parse(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
