namespace Entsoe.Transparency;

// The typed data items of the market domain: day-ahead prices. Parameter names and codes follow the platform's Web API
// user guide (its sample request of each item) and entsoe-py, the reference client; each method states the request it
// sends so a caller can check it against the guide.
public partial class TransparencyClient
{
    /// <summary>
    /// Day-ahead prices (document type A44) of <paramref name="area"/> over any period: one request per year and per page
    /// of 100 daily series (<see cref="QueryAllAsync"/>), parsed, and trimmed to <c>[start, end)</c> (the platform
    /// answers in whole days). Since 2025-10-01 the SDAC auction runs in 15-minute steps; earlier data is mostly hourly.
    /// </summary>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// Every price series in time order, with <see cref="TimeSeries.CurrencyUnit"/> and <see cref="TimeSeries.PriceUnit"/>;
    /// empty when nothing matches. Where an area publishes several series for the same day (DE-LU, AT), tell them apart
    /// by <see cref="TimeSeries.Sequence"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed price document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetDayAheadPricesAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A44", start, end)
            .WithDomain("in_Domain", area.Eic)
            .WithDomain("out_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }
}
