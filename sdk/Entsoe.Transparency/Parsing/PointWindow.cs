namespace Entsoe.Transparency;

/// <summary>
/// Which points a window keeps: those whose interval starts inside it, or (overlapping) those whose interval reaches
/// into it at all, so a year's value stamped at local 1 January still answers a window in June.
/// </summary>
internal readonly record struct PointWindow(UtcInterval Interval, bool Overlapping)
{
    /// <summary>Whether the point of step <paramref name="step"/>, starting at <paramref name="at"/>, is kept; it lasts until the next step of <paramref name="calendar"/>.</summary>
    public bool Keeps(DateTimeOffset at, in PeriodCalendar calendar, int step) => Overlapping
        ? at < Interval.End && calendar.StepStart(step + 1) > Interval.Start
        : Interval.Contains(at);

    /// <summary>True once <paramref name="at"/> is at or past the window's end: no later point can be kept.</summary>
    public bool IsPast(DateTimeOffset at) => at >= Interval.End;

    /// <summary>The window of <paramref name="options"/>, if it sets one.</summary>
    public static PointWindow? Of(TransparencyParseOptions? options) =>
        options?.Window is { } window ? new PointWindow(window, options.KeepOverlappingPoints) : null;
}
