namespace Entsoe.Transparency;

// The typed data items of the market domain beyond prices: net positions of the implicit allocations (12.1.E) and the
// aggregated balancing energy bids (GL EB 12.3.E). Parameter names and codes follow the platform's Web API user guide
// and entsoe-py; each method states the request it sends.
public partial class TransparencyClient
{
    /// <summary>
    /// Net positions (12.1.E, implicit allocations) of <paramref name="area"/>: document type <c>A25</c> (allocation
    /// result), <c>businessType</c> <c>B09</c> (net position), <c>contract_MarketAgreement.Type</c> from
    /// <paramref name="horizon"/> (<c>A01</c> day ahead, <c>A07</c> intraday), the area as <c>in_Domain</c> and
    /// <c>out_Domain</c>. One request per year of the period, parsed and trimmed to <c>[start, end)</c> (the platform
    /// answers in whole days).
    /// </summary>
    /// <remarks>
    /// The document states each net position as a quantity and its direction by the series' domains, the other side
    /// being the coupling region (for example <c>10YDOM-REGION-1V</c>): a series whose
    /// <see cref="TimeSeries.OutDomain"/> is <paramref name="area"/> is an export (a positive net position), one whose
    /// <see cref="TimeSeries.InDomain"/> is <paramref name="area"/> an import (negative). The values are returned as
    /// stated; entsoe-py signs them by this rule.
    /// </remarks>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.Be"/>.</param>
    /// <param name="horizon">Which coupling: day ahead or intraday.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The net position series in time order (quantities in <c>MAW</c>, <see cref="TimeSeries.BusinessType"/> <c>B09</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed allocation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetNetPositionsAsync(TransparencyArea area, NetPositionHorizon horizon, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A25", start, end)
            .WithParameter("businessType", "B09")
            .WithParameter("contract_MarketAgreement.Type", DataItemCodes.Of(horizon, nameof(horizon)))
            .WithDomain("in_Domain", area.Eic)
            .WithDomain("out_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Aggregated balancing energy bids (GL EB 12.3.E) of <paramref name="area"/> for one balancing
    /// <paramref name="process"/>: document type <c>A24</c>, <c>processType</c> from <paramref name="process"/>, the
    /// area as <c>area_Domain</c>. One request per year of the period, parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <remarks>
    /// The platform publishes one series per direction, each point the volume offered in that direction for one
    /// balancing time unit, and where the area publishes it the volume activated (<c>secondaryQuantity</c>). An A03
    /// curve's left-out positions repeat the value before them, as everywhere in the SDK.
    /// </remarks>
    /// <param name="area">A control area or scheduling area, for example <see cref="TransparencyAreas.Be"/>.</param>
    /// <param name="process">The balancing process, for example <see cref="AggregatedBidProcess.Afrr"/> (<c>A51</c>).</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>One bid per direction and balancing time unit, series by series in time order; empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="process"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed balancing document.</exception>
    public virtual async Task<IReadOnlyList<AggregatedBalancingEnergyBid>> GetAggregatedBalancingEnergyBidsAsync(TransparencyArea area, AggregatedBidProcess process, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A24", DataItemCodes.Of(process, nameof(process)), start, end)
            .WithDomain("area_Domain", area.Eic);
        var series = await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
        return AggregatedBalancingEnergyBid.From(series);
    }
}
