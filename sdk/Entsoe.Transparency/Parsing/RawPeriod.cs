namespace Entsoe.Transparency;

/// <summary>
/// A period as read, before expansion: its points sit in the reader's shared buffers at
/// [<see cref="Offset"/>, <see cref="Offset"/> + <see cref="Count"/>). Expansion waits for the end of the series
/// because the schema does not oblige <c>curveType</c> to come before the periods.
/// </summary>
internal readonly record struct RawPeriod(UtcInterval Interval, TimeSeriesResolution Resolution, int Offset, int Count, int LineNumber, int LinePosition)
{
    /// <summary>Where the period's positions fall: fixed UTC steps, or its local calendar for day to year resolutions.</summary>
    public PeriodCalendar Calendar => PeriodCalendar.For(Resolution, Interval.Start, Interval.End);
}
