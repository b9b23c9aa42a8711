namespace Entsoe.Transparency;

/// <summary>
/// The actual total load and the day-ahead forecast of one market time unit, as
/// <see cref="TransparencyClient.GetLoadAndForecastAsync"/> returns them; either is null where its series states no
/// value for this instant.
/// </summary>
/// <param name="Timestamp">The UTC instant at which the market time unit starts.</param>
/// <param name="ActualLoad">The actual total load (6.1.A) in MW, or null.</param>
/// <param name="DayAheadForecast">The day-ahead total load forecast (6.1.B) in MW, or null.</param>
public sealed record LoadAndForecast(DateTimeOffset Timestamp, decimal? ActualLoad, decimal? DayAheadForecast)
{
    /// <summary>The outer join of the two on the instant, in time order; the first value stated for an instant wins.</summary>
    internal static IReadOnlyList<LoadAndForecast> Join(IReadOnlyList<TimeSeries> actual, IReadOnlyList<TimeSeries> forecast)
    {
        var rows = new SortedDictionary<DateTimeOffset, (decimal? Actual, decimal? Forecast)>();
        foreach (var point in Points(actual))
        {
            if (!rows.TryGetValue(point.Timestamp, out var row) || row.Actual is null)
            {
                rows[point.Timestamp] = (point.Value, row.Forecast);
            }
        }

        foreach (var point in Points(forecast))
        {
            if (!rows.TryGetValue(point.Timestamp, out var row) || row.Forecast is null)
            {
                rows[point.Timestamp] = (row.Actual, point.Value);
            }
        }

        var joined = new List<LoadAndForecast>(rows.Count);
        foreach (var (timestamp, (actualLoad, dayAheadForecast)) in rows)
        {
            joined.Add(new LoadAndForecast(timestamp, actualLoad, dayAheadForecast));
        }

        return joined.AsReadOnly();
    }

    private static IEnumerable<TimeSeriesPoint> Points(IReadOnlyList<TimeSeries> series)
    {
        foreach (var one in series)
        {
            foreach (var period in one.Periods)
            {
                foreach (var point in period.Points)
                {
                    yield return point;
                }
            }
        }
    }
}
