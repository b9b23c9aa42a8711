namespace Entsoe.Transparency;

/// <summary>The descriptive fields of a series as they stream past, gathered before the series is built.</summary>
internal struct TimeSeriesFields
{
    public string? Id;
    public string? BusinessType;
    public string? PsrType;
    public string? ResourceId;
    public string? ResourceName;
    public string? InDomain;
    public string? OutDomain;
    public string? BiddingZone;
    public string? InBiddingZone;
    public string? OutBiddingZone;
    public string? QuantityUnit;
    public string? CurrencyUnit;
    public string? PriceUnit;
    public string? CurveType;
    public string? ContractType;
    public string? MarketAgreementType;
    public string? StandardMarketProduct;
    public string? OriginalMarketProduct;
    public string? AuctionCategory;
    public string? FlowDirection;
    public int? Sequence;
    public string? PriceCategory;
    public TimeSeriesValueKind? ValueKind;
    public TimeSeriesValueKind? SecondaryValueKind;
}
