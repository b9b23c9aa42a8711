namespace Entsoe.Transparency;

// The typed data items of balancing reserves: procured balancing capacity (A15) and the amounts and prices of
// contracted reserves (A81). Both are paged by 100 series per response (OffsetPagingPlan).
public partial class TransparencyClient
{
    /// <summary>
    /// Procured balancing capacity (document type A15, GL EB article 12.3.F) of one reserve type in an area over any
    /// period: one request per year and per page of 100 series (<see cref="QueryAllAsync"/>), each response (a ZIP
    /// archive or a single document) parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A scheduling or control area, for example <see cref="TransparencyAreas.De50Hz"/> (<c>area_Domain</c>).</param>
    /// <param name="reserveType">
    /// The reserve (<c>processType</c>): frequency containment (<c>A52</c>), automatic (<c>A51</c>) or manual (<c>A47</c>)
    /// frequency restoration; the platform publishes no procured capacity of replacement reserve.
    /// </param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="marketAgreementType">Only capacity procured for this contract period (<c>type_MarketAgreement.Type</c>); null for every one.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The capacity series in document order, one per direction, product and contract: each point's
    /// <see cref="BalancingPoint.Quantity"/> is the procured <c>quantity</c> (in <see cref="TimeSeries.QuantityUnit"/>,
    /// usually <c>MAW</c>) and <see cref="BalancingPoint.Price"/> its <c>procurement_Price.amount</c>. Every series'
    /// <see cref="BalancingSeries.ReserveType"/> is <paramref name="reserveType"/>. Empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes, or <paramref name="reserveType"/> is replacement reserve.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reserveType"/> or <paramref name="marketAgreementType"/> is not a defined value.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyOffsetLimitException">A year held more series than the platform pages up to (offset 4800); narrow the period.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable balancing document or archive.</exception>
    public virtual Task<IReadOnlyList<BalancingSeries>> GetProcuredBalancingCapacityAsync(
        TransparencyArea area,
        BalancingReserveType reserveType,
        DateTimeOffset start,
        DateTimeOffset end,
        BalancingMarketAgreementType? marketAgreementType = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);

        // entsoe-py accepts A51, A52 and A47 only: the item (GL EB 12.3.F) covers FCR and FRR.
        var processType = reserveType == BalancingReserveType.Replacement
            ? throw new ArgumentException("Procured balancing capacity is published for FCR, aFRR and mFRR; replacement reserve has none.", nameof(reserveType))
            : BalancingCodes.ProcessTypeOf(reserveType, nameof(reserveType));
        var query = NewQuery("A15", processType, start, end)
            .WithDomain("area_Domain", area.Eic);
        AddMarketAgreementType(query, marketAgreementType);
        return GetBalancingSeriesAsync(query, start, end, reserveType, cancellationToken);
    }

    /// <summary>
    /// Amounts and prices paid of balancing reserves under contract (document type A81 with business type <c>B95</c>,
    /// procured capacity, articles 17.1.B and 17.1.C) of one reserve type in a control area over any period: one request
    /// per year and per page of 100 series, each response (a ZIP archive or a single document) parsed and trimmed to
    /// <c>[start, end)</c>. The platform serves the amount and the price of a contracted reserve as one data item, so
    /// this one method answers what entsoe-py asks in three (<c>query_contracted_reserve_amount</c>,
    /// <c>query_contracted_reserve_prices</c>, <c>query_contracted_reserve_prices_procured_capacity</c>).
    /// </summary>
    /// <param name="area">A control area, for example <see cref="TransparencyAreas.Fr"/> (<c>controlArea_Domain</c>).</param>
    /// <param name="reserveType">The reserve (<c>processType</c> <c>A52</c>, <c>A51</c>, <c>A47</c> or <c>A46</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="marketAgreementType">Only reserves contracted for this period (<c>type_MarketAgreement.Type</c>); null for every one.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The reserve series in document order, one per direction (up, down or symmetric), product and contract: each
    /// point's <see cref="BalancingPoint.Quantity"/> is the contracted <c>quantity</c> and <see cref="BalancingPoint.Price"/>
    /// its <c>procurement_Price.amount</c> where the area publishes one. Every series' <see cref="BalancingSeries.ReserveType"/>
    /// is <paramref name="reserveType"/>. Empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reserveType"/> or <paramref name="marketAgreementType"/> is not a defined value.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyOffsetLimitException">A year held more series than the platform pages up to (offset 4800); narrow the period.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable balancing document or archive.</exception>
    public virtual Task<IReadOnlyList<BalancingSeries>> GetContractedReservesAsync(
        TransparencyArea area,
        BalancingReserveType reserveType,
        DateTimeOffset start,
        DateTimeOffset end,
        BalancingMarketAgreementType? marketAgreementType = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A81", BalancingCodes.ProcessTypeOf(reserveType, nameof(reserveType)), start, end)
            .WithParameter("businessType", "B95")
            .WithDomain("controlArea_Domain", area.Eic);
        AddMarketAgreementType(query, marketAgreementType);
        return GetBalancingSeriesAsync(query, start, end, reserveType, cancellationToken);
    }

    private static void AddMarketAgreementType(TransparencyQuery query, BalancingMarketAgreementType? marketAgreementType)
    {
        if (marketAgreementType is { } type)
        {
            query.WithParameter("type_MarketAgreement.Type", BalancingCodes.Of(type, nameof(marketAgreementType)));
        }
    }
}
