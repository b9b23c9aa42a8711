using System.Diagnostics.CodeAnalysis;

namespace Entsoe.Transparency;

/// <summary>
/// The step between a period's positions: an ISO 8601 duration the platform uses (<c>PT1M</c>, <c>PT15M</c>,
/// <c>PT30M</c>, <c>PT60M</c>, <c>PT1H</c>, <c>P1D</c>, <c>P7D</c>, <c>P1M</c>, <c>P3M</c>, <c>P1Y</c>). Minutes
/// and hours are fixed lengths of UTC time. Days, weeks, months and years step on the local calendar of their
/// period (<see cref="IsLocalCalendar"/>): the platform starts such a period at a local midnight, so a day across a
/// DST change lasts 23 or 25 hours and April's month in CET starts at 22:00Z; see <see cref="AddTo(UtcInterval, int)"/>.
/// </summary>
public sealed class TimeSeriesResolution : IEquatable<TimeSeriesResolution>
{
    // One cached instance per spelling: parsing a period costs no allocation, and Code still says what the document wrote.
    private static readonly TimeSeriesResolution[] Known =
    [
        new("PT1M", TimeSpan.FromMinutes(1), 0),
        new("PT15M", TimeSpan.FromMinutes(15), 0),
        new("PT30M", TimeSpan.FromMinutes(30), 0),
        new("PT60M", TimeSpan.FromHours(1), 0),
        new("PT1H", TimeSpan.FromHours(1), 0),
        new("P1D", TimeSpan.FromDays(1), 0),
        new("P7D", TimeSpan.FromDays(7), 0),
        new("P1M", TimeSpan.Zero, 1),
        new("P3M", TimeSpan.Zero, 3),
        new("P1Y", TimeSpan.Zero, 12),
    ];

    private TimeSeriesResolution(string code, TimeSpan duration, int months)
    {
        Code = code;
        Duration = duration;
        Months = months;
    }

    /// <summary>The supported spellings, for messages and documentation.</summary>
    public static IReadOnlyList<string> SupportedCodes { get; } = Array.AsReadOnly(Array.ConvertAll(Known, r => r.Code));

    /// <summary>The ISO 8601 duration as the document wrote it (<c>PT60M</c> and <c>PT1H</c> stay distinct here but compare equal).</summary>
    public string Code { get; }

    /// <summary>
    /// The fixed length of one step; <see cref="TimeSpan.Zero"/> for a month-based resolution. For <c>P1D</c> and
    /// <c>P7D</c> it is the nominal length: on a period's local calendar a step across a DST change is an hour shorter or longer.
    /// </summary>
    public TimeSpan Duration { get; }

    /// <summary>The number of calendar months in one step (<c>P1Y</c> is 12); zero for a fixed-length resolution.</summary>
    public int Months { get; }

    /// <summary>True for <c>P1M</c>, <c>P3M</c> and <c>P1Y</c>, whose steps are counted in calendar months.</summary>
    public bool IsCalendar => Months != 0;

    /// <summary>
    /// True for <c>P1D</c>, <c>P7D</c>, <c>P1M</c>, <c>P3M</c> and <c>P1Y</c>: a period's positions fall on local
    /// midnights, so across a DST change their UTC instants move by an hour (<see cref="AddTo(UtcInterval, int)"/>).
    /// False for the minute and hour resolutions, which are fixed lengths of UTC time.
    /// </summary>
    public bool IsLocalCalendar => Months != 0 || Duration >= TimeSpan.FromDays(1);

    /// <summary>Parses one of the <see cref="SupportedCodes"/>.</summary>
    /// <param name="code">The ISO 8601 duration, for example <c>PT15M</c>; surrounding white space is ignored.</param>
    /// <returns>The resolution.</returns>
    /// <exception cref="FormatException">The value is not a supported resolution; the message names it.</exception>
    public static TimeSeriesResolution Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var resolution)
            ? resolution
            : throw new FormatException(UnknownMessage(code));
    }

    /// <summary>Parses one of the <see cref="SupportedCodes"/> without throwing.</summary>
    /// <param name="code">The ISO 8601 duration; surrounding white space is ignored.</param>
    /// <param name="resolution">The resolution, when the value is supported.</param>
    /// <returns>True when the value is supported.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out TimeSeriesResolution? resolution)
    {
        var trimmed = code.AsSpan().Trim();
        foreach (var known in Known)
        {
            if (trimmed.SequenceEqual(known.Code))
            {
                resolution = known;
                return true;
            }
        }

        resolution = null;
        return false;
    }

    /// <summary>
    /// The start of step <paramref name="steps"/> counted from <paramref name="start"/> in fixed arithmetic:
    /// <c>start + steps × Duration</c>, or <c>start.AddMonths(steps × Months)</c> for a month-based resolution, in the
    /// offset of <paramref name="start"/>. Counting from the start rather than from the previous step keeps month ends
    /// stable: 31 January plus one month is 29 February (2024) and plus two months is 31 March, not 29 March. Where a
    /// document's period puts its positions is <see cref="AddTo(UtcInterval, int)"/>, which also follows DST.
    /// </summary>
    /// <param name="start">The start to count from.</param>
    /// <param name="steps">How many steps after the start (zero is the start itself).</param>
    /// <returns>The instant, with the offset of <paramref name="start"/>.</returns>
    public DateTimeOffset AddTo(DateTimeOffset start, int steps) =>
        IsCalendar ? start.AddMonths(checked(steps * Months)) : start.AddTicks(checked(Duration.Ticks * steps));

    /// <summary>
    /// The UTC start of position <paramref name="steps"/> + 1 of a period, as the platform places it. Minutes and
    /// hours: <c>start + steps × Duration</c>. Days, weeks, months, years: on the period's local calendar, whose
    /// midnight the start is. The offset at the start follows from its time of day (23:00Z is midnight at +1); zones
    /// at +0, +1 and +2 in winter change clocks on the EU rule (last Sunday of March and of October, 01:00 UTC, the same
    /// instant in every such zone, the UK's included), so a CET day after the March change starts at 22:00Z. When the
    /// period's end falls on a step of the start's offset kept all year but not on a step of the EU rule (a zone without
    /// DST, or a period in UTC days), that fixed offset is used instead.
    /// </summary>
    /// <param name="period">The period's interval as the document states it.</param>
    /// <param name="steps">How many steps after the start (zero is the start itself).</param>
    /// <returns>The UTC instant.</returns>
    public DateTimeOffset AddTo(UtcInterval period, int steps) =>
        PeriodCalendar.For(this, period.Start, period.End).StepStart(steps);

    /// <summary>How many steps fit in <paramref name="interval"/> on its calendar (<see cref="AddTo(UtcInterval, int)"/>); a last step cut short by the end still counts.</summary>
    /// <param name="interval">The period's interval.</param>
    /// <returns>The number of positions the period has; zero for an empty or reversed interval.</returns>
    public int CountSteps(UtcInterval interval) =>
        interval.End <= interval.Start ? 0 : PeriodCalendar.For(this, interval.Start, interval.End).CountSteps(interval.End);

    /// <inheritdoc/>
    public bool Equals(TimeSeriesResolution? other) => other is not null && Duration == other.Duration && Months == other.Months;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TimeSeriesResolution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Duration, Months);

    /// <summary>The ISO 8601 duration as the document wrote it.</summary>
    public override string ToString() => Code;

    // The value comes from a document, which is not ours: quote only a bounded piece of it.
    internal static string UnknownMessage(string code)
    {
        var trimmed = code.AsSpan().Trim();
        var quoted = trimmed.Length <= 40 ? new string(trimmed) : string.Concat(trimmed[..40], "…");
        return $"'{quoted}' is not a resolution the Transparency Platform uses; supported: {string.Join(", ", Known.Select(r => r.Code))}.";
    }
}
