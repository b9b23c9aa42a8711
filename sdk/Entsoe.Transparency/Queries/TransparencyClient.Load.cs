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
}
