namespace Entsoe.Transparency;

// The typed data items of the balancing domain: imbalance prices (A85) and volumes (A86).
public partial class TransparencyClient
{
    /// <summary>
    /// Imbalance prices (document type A85, article 17.1.G) of a control area over any period: one request per year,
    /// each response (a ZIP archive or a single document) parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A control area, for example <see cref="TransparencyAreas.Nl"/> (<c>controlArea_Domain</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The price series in time order. Each series' <see cref="TimeSeries.PriceCategory"/> tells the prices apart:
    /// <c>A04</c> (excess balance, long) and <c>A05</c> (insufficient balance, short) where the area has dual prices,
    /// one series per category; a single-price area has one category or none. Empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable imbalance price document or archive.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetImbalancePricesAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A85", start, end)
            .WithDomain("controlArea_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Total imbalance volumes (document type A86, article 17.1.H) of a control area over any period: one request per
    /// year, each response (a ZIP archive or a single document) parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A control area, for example <see cref="TransparencyAreas.Nl"/> (<c>controlArea_Domain</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The volume series in time order, quantities in <see cref="TimeSeries.QuantityUnit"/> (usually <c>MWH</c>);
    /// <see cref="TimeSeries.FlowDirection"/> says which way each series goes (<c>A01</c> up, <c>A02</c> down) where
    /// the area publishes it. Empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable imbalance volume document or archive.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetImbalanceVolumesAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A86", start, end)
            .WithDomain("controlArea_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }
}
