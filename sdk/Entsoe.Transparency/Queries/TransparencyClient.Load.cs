namespace Entsoe.Transparency;

// The typed data items of the load domain (article 6.1). Parameter names and codes follow the platform's Web API user
// guide and entsoe-py; each method states the request it sends.
public partial class TransparencyClient
{
    /// <summary>
    /// Actual total load (6.1.A) of <paramref name="area"/>: document type <c>A65</c>, process type <c>A16</c>
    /// (realised), the area as <c>outBiddingZone_Domain</c>. One request per year of the period, parsed and trimmed to
    /// <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The load series in time order (quantities in <see cref="TimeSeries.QuantityUnit"/>, <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed load document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetActualTotalLoadAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A65", "A16", start, end).WithDomain("outBiddingZone_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Day-ahead total load forecast (6.1.B) of <paramref name="area"/>: document type <c>A65</c>, process type
    /// <c>A01</c> (day ahead), the area as <c>outBiddingZone_Domain</c>. One request per year of the period, parsed
    /// and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The forecast series in time order (quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed load document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetDayAheadTotalLoadForecastAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A65", "A01", start, end).WithDomain("outBiddingZone_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Total load forecast (6.1.B to 6.1.E) of <paramref name="area"/> for any <paramref name="horizon"/>: document
    /// type <c>A65</c>, process type from <paramref name="horizon"/> (<c>A01</c> day ahead, <c>A31</c> week ahead,
    /// <c>A32</c> month ahead, <c>A33</c> year ahead; entsoe-py's <c>process_type</c> of <c>query_load_forecast</c>),
    /// the area as <c>outBiddingZone_Domain</c>. One request per year of the period, parsed and trimmed to
    /// <c>[start, end)</c>.
    /// </summary>
    /// <remarks>
    /// The day-ahead forecast is one value per market time unit, as <see cref="GetDayAheadTotalLoadForecastAsync"/>
    /// returns it. The longer horizons state a minimum (<see cref="TimeSeries.BusinessType"/> <c>A60</c>) and a maximum
    /// (<c>A61</c>) per local day (week ahead, <c>P1D</c>) or per week (month and year ahead, <c>P7D</c>), each stamped at
    /// the local midnight it starts; such a value that started before <paramref name="start"/> but still holds in the
    /// period is kept (<see cref="TransparencyParseOptions.KeepOverlappingPoints"/>), so a period inside one day or week
    /// returns that day's or week's range.
    /// </remarks>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.Cz"/>.</param>
    /// <param name="horizon">Which forecast: day, week, month or year ahead.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The forecast series in time order (quantities in <c>MAW</c>): for the longer horizons a minimum and a maximum
    /// series, told apart by <see cref="TimeSeries.BusinessType"/> (<c>A60</c> minimum, <c>A61</c> maximum). Empty when
    /// nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed load document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetTotalLoadForecastAsync(TransparencyArea area, LoadForecastHorizon horizon, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A65", DataItemCodes.Of(horizon, nameof(horizon)), start, end).WithDomain("outBiddingZone_Domain", area.Eic);

        // A day's or a week's range is stamped at the local midnight it starts, usually before the period's start.
        return await GetSeriesAsync(query, start, end, cancellationToken, keepOverlappingPoints: horizon != LoadForecastHorizon.DayAhead).ConfigureAwait(false);
    }

    /// <summary>
    /// Actual total load (6.1.A) and its day-ahead forecast (6.1.B) of <paramref name="area"/> side by side, as the
    /// platform's "Total Load - Day Ahead / Actual" view shows them (entsoe-py's <c>query_load_and_forecast</c>): the
    /// forecast (<c>A65</c>, process type <c>A01</c>) and then the actual load (<c>A65</c>, <c>A16</c>), each one
    /// request per year of the period, joined on the start of each market time unit.
    /// </summary>
    /// <remarks>
    /// The join is an outer join: an instant that only one of the two series states (the actual load of the last hours
    /// is not published yet; some areas forecast hourly and measure every quarter hour) has the other value null, so
    /// nothing either series states is dropped. Where a document states an instant twice (overlapping periods), the
    /// first value read is kept.
    /// </remarks>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>One row per instant either series states, in time order (<c>MAW</c>); empty when neither has data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed load document.</exception>
    public virtual async Task<IReadOnlyList<LoadAndForecast>> GetLoadAndForecastAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var forecast = await GetDayAheadTotalLoadForecastAsync(area, start, end, cancellationToken).ConfigureAwait(false);
        var actual = await GetActualTotalLoadAsync(area, start, end, cancellationToken).ConfigureAwait(false);
        return LoadAndForecast.Join(actual, forecast);
    }
}
