using System.Globalization;

namespace Entsoe.Transparency;

/// <summary>
/// The longest period one request may cover: a number of calendar years, a fixed duration, or unlimited. Years are
/// calendar years on the UTC calendar (2024-03-01T00:00Z plus one year is 2025-03-01T00:00Z; 29 February plus one
/// year is 28 February), because the platform states its limits in years, not in 365-day blocks.
/// </summary>
public sealed class QuerySpan : IEquatable<QuerySpan>
{
    private QuerySpan(int years, TimeSpan duration)
    {
        Years = years;
        Duration = duration;
    }

    /// <summary>No limit: the whole window goes in one request.</summary>
    public static QuerySpan Unlimited { get; } = new(0, TimeSpan.Zero);

    /// <summary>Calendar years on the UTC calendar, when the span is counted in years; otherwise 0.</summary>
    public int Years { get; }

    /// <summary>The fixed duration, when the span is counted in days, hours or minutes; otherwise zero.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Whether there is no limit.</summary>
    public bool IsUnlimited => Years == 0 && Duration == TimeSpan.Zero;

    /// <summary>A span of <paramref name="years"/> calendar years (UTC).</summary>
    /// <param name="years">At least 1.</param>
    /// <returns>The span.</returns>
    public static QuerySpan FromYears(int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return new QuerySpan(years, TimeSpan.Zero);
    }

    /// <summary>A span of <paramref name="days"/> days of 24 hours; UTC has no 23- or 25-hour days.</summary>
    /// <param name="days">At least 1.</param>
    /// <returns>The span.</returns>
    public static QuerySpan FromDays(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new QuerySpan(0, TimeSpan.FromDays(days));
    }

    /// <summary>A span of a fixed duration, in whole minutes because the platform's instants have no seconds.</summary>
    /// <param name="duration">At least one minute, a whole number of minutes.</param>
    /// <returns>The span.</returns>
    public static QuerySpan FromDuration(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.FromMinutes(1));
        if (duration.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentException($"The span ({duration}) must be a whole number of minutes: the platform takes yyyyMMddHHmm.", nameof(duration));
        }

        return new QuerySpan(0, duration);
    }

    /// <summary>
    /// The span for a limit the platform stated as an ISO 8601 duration ("maximum allowed period 'P1M'"): years stay
    /// calendar years; a month counts as 28 days, the shortest month, so no chunk can be longer than the limit whatever
    /// the calendar; weeks, days, hours and minutes are fixed. Null for any other form.
    /// </summary>
    internal static QuerySpan? FromStatedLimit(string? iso)
    {
        var match = iso is null ? null : System.Text.RegularExpressions.Regex.Match(
            iso, @"^P(?:(?<n>\d{1,4})(?<unit>[YMWD])|T(?<n>\d{1,6})(?<unit>[HM]))$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        if (match is not { Success: true } || !int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return null;
        }

        var time = iso!.StartsWith("PT", StringComparison.Ordinal);
        return match.Groups["unit"].Value switch
        {
            "Y" => FromYears(n),
            "M" when !time => FromDays(28 * n),
            "W" => FromDays(7 * n),
            "D" => FromDays(n),
            "H" => FromDuration(TimeSpan.FromHours(n)),
            _ => FromDuration(TimeSpan.FromMinutes(n)),
        };
    }

    /// <summary>Where a chunk that starts at <paramref name="start"/> ends: one span later, or <paramref name="windowEnd"/> if that comes first.</summary>
    /// <param name="start">The chunk's start (any offset; the arithmetic is on UTC).</param>
    /// <param name="windowEnd">The end of the whole window.</param>
    /// <returns>The chunk's end, in UTC.</returns>
    internal DateTimeOffset EndOfChunk(DateTimeOffset start, DateTimeOffset windowEnd)
    {
        var utcStart = start.ToUniversalTime();
        var utcEnd = windowEnd.ToUniversalTime();
        if (IsUnlimited)
        {
            return utcEnd;
        }

        if (Years > 0)
        {
            // Near year 9999 a further year does not exist; the window necessarily ends first.
            if (DateTime.MaxValue.Year - utcStart.Year < Years)
            {
                return utcEnd;
            }

            var end = new DateTimeOffset(utcStart.UtcDateTime.AddYears(Years), TimeSpan.Zero);
            return end < utcEnd ? end : utcEnd;
        }

        return utcEnd - utcStart <= Duration ? utcEnd : utcStart + Duration;
    }

    /// <summary>The span in ISO 8601 form (<c>P1Y</c>, <c>P1D</c>, <c>P100D</c>, <c>PT6H</c>) or <c>unlimited</c>.</summary>
    public override string ToString()
    {
        if (IsUnlimited)
        {
            return "unlimited";
        }

        if (Years > 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"P{Years}Y");
        }

        if (Duration.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"P{Duration.Days}D");
        }

        return Duration.Ticks % TimeSpan.TicksPerHour == 0
            ? string.Create(CultureInfo.InvariantCulture, $"PT{(long)Duration.TotalHours}H")
            : string.Create(CultureInfo.InvariantCulture, $"PT{(long)Duration.TotalMinutes}M");
    }

    /// <summary>Two spans are equal when they count the same years or the same duration.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>True when they are the same limit.</returns>
    public bool Equals(QuerySpan? other) => other is not null && Years == other.Years && Duration == other.Duration;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as QuerySpan);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Years, Duration);
}
