namespace Entsoe.Transparency;

// The typed data items of the balancing domain: imbalance prices (A85) and volumes (A86), activated balancing energy
// (A83) and its prices (A84), and the current balancing state (A86 with business type B33).
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

    /// <summary>
    /// Prices of activated balancing energy (document type A84, article 17.1.F) of a control area over any period: one
    /// request per year, each response parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A control area, for example <see cref="TransparencyAreas.DeLu"/> (<c>controlArea_Domain</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="reserveType">Only the energy of this reserve (<c>businessType</c> <c>A95</c>-<c>A98</c>); null for every one.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The price series in time order, one per reserve type, direction and product as the area publishes them: each
    /// <see cref="BalancingPoint.Price"/> is the point's <c>activation_Price.amount</c> (in
    /// <see cref="TimeSeries.CurrencyUnit"/> per <see cref="TimeSeries.PriceUnit"/>), <see cref="BalancingPoint.Quantity"/>
    /// is null. The platform's process type A16 (realised) is sent, as entsoe-py does. Empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reserveType"/> is not a defined value.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable balancing document or archive.</exception>
    public virtual Task<IReadOnlyList<BalancingSeries>> GetActivatedBalancingEnergyPricesAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        BalancingReserveType? reserveType = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A84", "A16", start, end)
            .WithDomain("controlArea_Domain", area.Eic);
        if (reserveType is { } type)
        {
            query.WithParameter("businessType", BalancingCodes.BusinessTypeOf(type, nameof(reserveType)));
        }

        return GetBalancingSeriesAsync(query, start, end, reserveType, cancellationToken);
    }

    /// <summary>
    /// Activated balancing energy (document type A83, article 17.1.E) of one reserve type in a control area over any
    /// period: one request per year, each response parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A control area, for example <see cref="TransparencyAreas.Be"/> (<c>controlArea_Domain</c>).</param>
    /// <param name="reserveType">The reserve whose activated energy to read (<c>businessType</c> <c>A95</c>-<c>A98</c>; entsoe-py requires it too).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The energy series in time order, one per direction (and product) as the area publishes them: each
    /// <see cref="BalancingPoint.Quantity"/> is the activated <c>quantity</c> in <see cref="TimeSeries.QuantityUnit"/>.
    /// Empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reserveType"/> is not a defined value.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable balancing document or archive.</exception>
    public virtual Task<IReadOnlyList<BalancingSeries>> GetActivatedBalancingEnergyAsync(
        TransparencyArea area,
        BalancingReserveType reserveType,
        DateTimeOffset start,
        DateTimeOffset end,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A83", start, end)
            .WithDomain("controlArea_Domain", area.Eic)
            .WithParameter("businessType", BalancingCodes.BusinessTypeOf(reserveType, nameof(reserveType)));
        return GetBalancingSeriesAsync(query, start, end, reserveType, cancellationToken);
    }

    /// <summary>
    /// The current balancing state, the area control error (document type A86 with business type <c>B33</c>, GL EB
    /// article 12.3.A), of an area over any period: one request per 100 days, the platform's limit for this item
    /// (<see cref="QuerySpanTable"/>), each response parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A load frequency control area, for example <see cref="TransparencyAreas.Hu"/> (<c>area_Domain</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// Every position of every series in time order (the platform starts a new series each time the direction turns, a
    /// day holding some hundred series of a few minutes each), with its direction and its quantity as stated. Empty
    /// when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable balancing document or archive.</exception>
    public virtual async Task<IReadOnlyList<BalancingStatePoint>> GetCurrentBalancingStateAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A86", start, end)
            .WithParameter("businessType", "B33")
            .WithDomain("area_Domain", area.Eic);
        var states = new List<BalancingStatePoint>();
        foreach (var series in await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false))
        {
            var direction = BalancingCodes.DirectionOf(series.FlowDirection);
            foreach (var period in series.Periods)
            {
                foreach (var point in period.Points)
                {
                    states.Add(new BalancingStatePoint(point.Timestamp, direction, point.Value, series.QuantityUnit));
                }
            }
        }

        // Stable: positions of the same instant keep document order.
        return states.OrderBy(state => state.Timestamp).ToList().AsReadOnly();
    }

    // The balancing series of every request of the query, with the reserve type the query asked for where a series
    // names none of its own.
    private async Task<IReadOnlyList<BalancingSeries>> GetBalancingSeriesAsync(TransparencyQuery query, DateTimeOffset start, DateTimeOffset end, BalancingReserveType? reserveType, CancellationToken cancellationToken)
    {
        var series = await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
        var typed = new List<BalancingSeries>(series.Count);
        foreach (var one in series)
        {
            typed.Add(new BalancingSeries(one, reserveType));
        }

        return typed.AsReadOnly();
    }
}
