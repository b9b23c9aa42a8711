namespace Entsoe.Transparency;

/// <summary>
/// Where the positions of one period fall. Minute and hour resolutions are fixed lengths of UTC time. Day, week,
/// month and year resolutions step on the <b>local</b> calendar of the period: the platform states such a period
/// from a local midnight to a local midnight, so a day across a DST change lasts 23 or 25 hours and a CET month
/// from April to October starts at 22:00Z, not 23:00Z.
/// </summary>
/// <remarks>
/// <para>
/// The local calendar is found from the period itself, without knowing its area: the start is a local midnight, so
/// its time of day gives the UTC offset in force at the start. Every zone of the platform that changes its clocks
/// (the EU's, the UK's, Ireland's, Norway's, Switzerland's, Ukraine's and the rest of the Energy Community's)
/// changes them at the same UTC instant, the EU rule of Directive 2000/84/EC: summer time from the last Sunday of
/// March to the last Sunday of October, both at 01:00 UTC. An offset of +0, +1 or +2 in winter (+1, +2, +3 in
/// summer) is such a zone (WET, CET, EET), and its later offsets follow from that rule. Any other offset, or a start
/// that is not on a whole hour, keeps the start's offset for the whole period.
/// </para>
/// <para>
/// A zone that keeps one offset all year (Türkiye, Belarus, Georgia) looks like EET in summer. The period's end
/// tells them apart: when it falls on a step of the start's fixed offset but not on a step of the EU rule, the
/// period is on the fixed offset. A period that ends where both calendars agree (a year of months) is read on the
/// EU rule; that is the one case an area outside the rule could be misplaced, by an hour, in its summer steps.
/// </para>
/// <para>
/// The rule is computed rather than looked up in the machine's time zone data, so parsing gives the same instants on
/// every machine, including containers that ship without tzdata. It holds from 1996, before any data the platform
/// publishes (its data start in 2014-2015).
/// </para>
/// </remarks>
internal readonly struct PeriodCalendar
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private readonly TimeSeriesResolution resolution;
    private readonly DateTime localStart;
    private readonly TimeSpan standardOffset;
    private readonly bool observesSummerTime;

    private PeriodCalendar(TimeSeriesResolution resolution, DateTime localStart, TimeSpan standardOffset, bool observesSummerTime)
    {
        this.resolution = resolution;
        this.localStart = localStart;
        this.standardOffset = standardOffset;
        this.observesSummerTime = observesSummerTime;
    }

    /// <summary>The calendar of a period starting at <paramref name="start"/> and ending at <paramref name="end"/>.</summary>
    public static PeriodCalendar For(TimeSeriesResolution resolution, DateTimeOffset start, DateTimeOffset? end)
    {
        var utcStart = start.UtcDateTime;
        if (!resolution.IsLocalCalendar || utcStart.TimeOfDay.Ticks % TimeSpan.TicksPerHour != 0)
        {
            return Fixed(resolution, utcStart, TimeSpan.Zero);
        }

        // A start at 23:00Z is a local midnight at +1, one at 22:00Z at +2, one at 00:00Z at +0.
        var hours = (24 - utcStart.Hour) % 24;
        var offset = TimeSpan.FromHours(hours > 12 ? hours - 24 : hours);
        var summer = IsSummerTime(utcStart);
        var standard = summer ? offset - Hour : offset;
        if (standard < TimeSpan.Zero || standard > TimeSpan.FromHours(2))
        {
            return Fixed(resolution, utcStart, offset);
        }

        var local = new PeriodCalendar(resolution, utcStart + offset, standard, observesSummerTime: true);
        if (end is { } stop)
        {
            var fixedOffset = Fixed(resolution, utcStart, offset);
            if (fixedOffset.IsStepBoundary(stop.UtcDateTime) && !local.IsStepBoundary(stop.UtcDateTime))
            {
                return fixedOffset;
            }
        }

        return local;
    }

    /// <summary>Whether <paramref name="utc"/> lies in EU summer time: from the last Sunday of March to the last Sunday of October, 01:00 UTC.</summary>
    public static bool IsSummerTime(DateTime utc)
    {
        var year = utc.Year;
        return utc >= LastSundayOneAm(year, 3) && utc < LastSundayOneAm(year, 10);
    }

    /// <summary>The UTC start of step <paramref name="steps"/> (zero is the period's start).</summary>
    public DateTimeOffset StepStart(int steps)
    {
        if (!resolution.IsLocalCalendar)
        {
            return new DateTimeOffset(localStart.AddTicks(checked(resolution.Duration.Ticks * steps)), TimeSpan.Zero);
        }

        // Counting from the start rather than from the previous step keeps month ends stable (31 January plus two
        // months is 31 March, not 29 March).
        var local = resolution.IsCalendar
            ? localStart.AddMonths(checked(steps * resolution.Months))
            : localStart.AddTicks(checked(resolution.Duration.Ticks * steps));
        return new DateTimeOffset(ToUtc(local), TimeSpan.Zero);
    }

    /// <summary>
    /// The UTC ticks of the period's start and of one step when every step has the same length (minute and hour
    /// resolutions), so that a long period's points are placed with one multiplication each; false on a local calendar.
    /// </summary>
    public bool TryGetFixedSteps(out long startTicks, out long stepTicks)
    {
        if (resolution.IsLocalCalendar)
        {
            (startTicks, stepTicks) = (0, 0);
            return false;
        }

        (startTicks, stepTicks) = (localStart.Ticks, resolution.Duration.Ticks);
        return true;
    }

    /// <summary>How many steps start before <paramref name="end"/>; a last step cut short by the end still counts.</summary>
    public int CountSteps(DateTimeOffset end)
    {
        var start = StepStart(0);
        if (end <= start)
        {
            return 0;
        }

        if (!resolution.IsLocalCalendar)
        {
            var ticks = (end - start).Ticks;
            return checked((int)((ticks + resolution.Duration.Ticks - 1) / resolution.Duration.Ticks));
        }

        // Estimate from the longest step (31-day months), then count on: a DST change moves a step by an hour, so the
        // estimate is at most a few steps short.
        var longest = resolution.IsCalendar ? TimeSpan.FromDays(31 * resolution.Months) : resolution.Duration;
        var count = (int)Math.Min(int.MaxValue - 1, Math.Max(0, ((end - start).Ticks / longest.Ticks) - 1));
        while (StepStart(count) < end)
        {
            count++;
        }

        return count;
    }

    private static PeriodCalendar Fixed(TimeSeriesResolution resolution, DateTime utcStart, TimeSpan offset) =>
        new(resolution, utcStart + offset, offset, observesSummerTime: false);

    private bool IsStepBoundary(DateTime utcEnd)
    {
        var end = new DateTimeOffset(utcEnd, TimeSpan.Zero);
        var count = CountSteps(end);
        return count > 0 && StepStart(count) == end;
    }

    private DateTime ToUtc(DateTime local)
    {
        var utc = local - standardOffset;

        // The candidates, standard and summer, straddle no change at a local midnight of a +0, +1 or +2 zone (the
        // change is at 01:00 UTC, after every such midnight of that Sunday), so the standard one decides.
        return observesSummerTime && IsSummerTime(utc) ? utc - Hour : utc;
    }

    private static DateTime LastSundayOneAm(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
