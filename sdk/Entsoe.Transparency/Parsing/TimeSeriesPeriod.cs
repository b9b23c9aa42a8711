namespace Entsoe.Transparency;

/// <summary>One <c>Period</c> of a time series: its interval, its resolution and its points in time order.</summary>
public sealed class TimeSeriesPeriod
{
    internal TimeSeriesPeriod(UtcInterval interval, TimeSeriesResolution resolution, IReadOnlyList<TimeSeriesPoint> points)
    {
        Interval = interval;
        Resolution = resolution;
        Points = points;
    }

    /// <summary>The period's <c>timeInterval</c> as the document states it (not narrowed to a requested window).</summary>
    public UtcInterval Interval { get; }

    /// <summary>The step between positions.</summary>
    public TimeSeriesResolution Resolution { get; }

    /// <summary>
    /// The points in time order: an <c>A03</c> series already expanded (a missing position repeats the value before
    /// it), an <c>A01</c> series one point per stated position. Narrowed to <see cref="TransparencyParseOptions.Window"/>
    /// when one was given.
    /// </summary>
    public IReadOnlyList<TimeSeriesPoint> Points { get; }
}
