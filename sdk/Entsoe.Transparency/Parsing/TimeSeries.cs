namespace Entsoe.Transparency;

/// <summary>
/// One <c>TimeSeries</c> of a document. Codes stay the platform's own (<c>A62</c>, <c>B16</c>, EIC codes such as
/// <c>10YNL----------L</c>); a field the document does not carry is <see langword="null"/>.
/// </summary>
public sealed class TimeSeries
{
    internal TimeSeries(TimeSeriesFields fields, TimeSeriesCurveType curveType, IReadOnlyList<TimeSeriesPeriod> periods)
    {
        Id = fields.Id;
        BusinessType = fields.BusinessType;
        PsrType = fields.PsrType;
        ResourceId = fields.ResourceId;
        ResourceName = fields.ResourceName;
        InDomain = fields.InDomain;
        OutDomain = fields.OutDomain;
        BiddingZone = fields.BiddingZone;
        InBiddingZone = fields.InBiddingZone;
        OutBiddingZone = fields.OutBiddingZone;
        QuantityUnit = fields.QuantityUnit;
        CurrencyUnit = fields.CurrencyUnit;
        PriceUnit = fields.PriceUnit;
        ContractType = fields.ContractType;
        MarketAgreementType = fields.MarketAgreementType;
        StandardMarketProduct = fields.StandardMarketProduct;
        OriginalMarketProduct = fields.OriginalMarketProduct;
        AuctionCategory = fields.AuctionCategory;
        FlowDirection = fields.FlowDirection;
        Sequence = fields.Sequence;
        PriceCategory = fields.PriceCategory;
        ValueKind = fields.ValueKind;
        SecondaryValueKind = fields.SecondaryValueKind;
        CurveType = curveType;
        Periods = periods;
    }

    /// <summary>The series' <c>mRID</c>, unique within the document.</summary>
    public string? Id { get; }

    /// <summary>The <c>businessType</c>, for example <c>A62</c> (spot price) or <c>A04</c> (consumption).</summary>
    public string? BusinessType { get; }

    /// <summary>
    /// The production type, <c>MktPSRType/psrType</c>, for example <c>B16</c> (solar); balancing documents write it
    /// flattened, <c>mktPSRType.psrType</c>, with a resource kind such as <c>A03</c> (resource object), <c>A04</c>
    /// (generation) or <c>A05</c> (load).
    /// </summary>
    public string? PsrType { get; }

    /// <summary>
    /// The EIC code of the unit the series is about: <c>MktPSRType/PowerSystemResources/mRID</c> on per-unit items such
    /// as actual generation per generation unit (A73), else <c>registeredResource.mRID</c>; null on area-wide series.
    /// </summary>
    public string? ResourceId { get; }

    /// <summary>
    /// The unit's name, <c>MktPSRType/PowerSystemResources/name</c>, else <c>registeredResource.name</c> (installed
    /// capacity per unit, A71), when the document gives one.
    /// </summary>
    public string? ResourceName { get; }

    /// <summary>The EIC code of <c>in_Domain.mRID</c>.</summary>
    public string? InDomain { get; }

    /// <summary>The EIC code of <c>out_Domain.mRID</c>.</summary>
    public string? OutDomain { get; }

    /// <summary>The EIC code of <c>biddingZone_Domain.mRID</c>.</summary>
    public string? BiddingZone { get; }

    /// <summary>The EIC code of <c>inBiddingZone_Domain.mRID</c> (load and generation documents).</summary>
    public string? InBiddingZone { get; }

    /// <summary>The EIC code of <c>outBiddingZone_Domain.mRID</c> (load and generation documents).</summary>
    public string? OutBiddingZone { get; }

    /// <summary>The <c>quantity_Measure_Unit.name</c>, for example <c>MAW</c> (megawatt).</summary>
    public string? QuantityUnit { get; }

    /// <summary>The <c>currency_Unit.name</c>, for example <c>EUR</c>.</summary>
    public string? CurrencyUnit { get; }

    /// <summary>The <c>price_Measure_Unit.name</c>, for example <c>MWH</c>.</summary>
    public string? PriceUnit { get; }

    /// <summary>The <c>contract_MarketAgreement.type</c>, for example <c>A01</c> (daily) on day-ahead prices.</summary>
    public string? ContractType { get; }

    /// <summary>
    /// The <c>type_MarketAgreement.type</c> of balancing series (procured capacity A15, contracted reserves A81): the
    /// contract period the capacity was procured for, for example <c>A01</c> (daily) or <c>A13</c> (hourly).
    /// </summary>
    public string? MarketAgreementType { get; }

    /// <summary>The <c>standard_MarketProduct.marketProductType</c> of balancing series, for example <c>A01</c>; null when the series has none.</summary>
    public string? StandardMarketProduct { get; }

    /// <summary>The <c>original_MarketProduct.marketProductType</c> of balancing series (a product specific to the area rather than a standard one); null when the series has none.</summary>
    public string? OriginalMarketProduct { get; }

    /// <summary>
    /// The <c>auction.category</c> of an allocation series (offered capacity, A31): <c>A01</c> base, <c>A02</c> peak,
    /// <c>A03</c> off peak, <c>A04</c> hourly. A border can offer several products for the same period, told apart
    /// only by this code. Null when the series states none.
    /// </summary>
    public string? AuctionCategory { get; }

    /// <summary>
    /// The <c>flowDirection.direction</c> of balancing series: <c>A01</c> up, <c>A02</c> down. For financial expenses
    /// and income for balancing (A87), whose points state one <c>Financial_Price</c> per direction, the parser makes
    /// one series per direction (in the order the directions first appear) and this is that <c>Financial_Price/direction</c>.
    /// </summary>
    public string? FlowDirection { get; }

    /// <summary>
    /// The <c>classificationSequence_AttributeInstanceComponent.position</c>: some areas (day-ahead prices of DE-LU and
    /// AT) publish more than one series for the same period, told apart only by this number, and document order is not
    /// sequence order. Null when the series has none.
    /// </summary>
    public int? Sequence { get; }

    /// <summary>
    /// The <c>imbalance_Price.category</c> of every point of this series (imbalance prices, document type A85):
    /// <c>A04</c> excess balance (long), <c>A05</c> insufficient balance (short), <c>A06</c> average. Areas with dual
    /// imbalance pricing state two prices per position, one per category; the parser then splits the platform's series
    /// into one series per category, in the order the categories first appear (points without a category first), so
    /// no price is dropped and each series has one value per position. Null when the points state no category.
    /// </summary>
    public string? PriceCategory { get; }

    /// <summary>
    /// Which element <see cref="TimeSeriesPoint.Value"/> comes from: <see cref="TimeSeriesValueKind.Quantity"/> when
    /// the points state a <c>quantity</c>, else the price they state. <see langword="null"/> when the series has no
    /// point with a value, or its points disagree.
    /// </summary>
    public TimeSeriesValueKind? ValueKind { get; }

    /// <summary>
    /// Which element <see cref="TimeSeriesPoint.SecondaryValue"/> comes from (the price beside a quantity, or
    /// <c>secondaryQuantity</c>); <see langword="null"/> when no point states a second value.
    /// </summary>
    public TimeSeriesValueKind? SecondaryValueKind { get; }

    /// <summary>The <c>curveType</c>; <see cref="TimeSeriesCurveType.SequentialFixedSizeBlocks"/> when the series states none.</summary>
    public TimeSeriesCurveType CurveType { get; }

    /// <summary>The periods in document order.</summary>
    public IReadOnlyList<TimeSeriesPeriod> Periods { get; }
}
