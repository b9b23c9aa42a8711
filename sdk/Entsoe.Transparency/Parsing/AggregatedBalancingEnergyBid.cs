namespace Entsoe.Transparency;

/// <summary>
/// The aggregated balancing energy bids (GL EB 12.3.E, document type <c>A24</c>) of one direction and one balancing
/// time unit, as <see cref="TransparencyClient.GetAggregatedBalancingEnergyBidsAsync"/> returns them. Each value is
/// what the document states, null where it states none.
/// </summary>
public sealed record AggregatedBalancingEnergyBid
{
    /// <summary>The UTC instant at which the balancing time unit starts.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The length of the balancing time unit (the period's resolution, for example <c>PT15M</c>).</summary>
    public required TimeSeriesResolution Resolution { get; init; }

    /// <summary>Up or down (<c>flowDirection.direction</c> <c>A01</c> or <c>A02</c>); null when the series states no direction or another code.</summary>
    public BidDirection? Direction { get; init; }

    /// <summary>The offered volume (<c>quantity</c>), in <see cref="QuantityUnit"/>.</summary>
    public decimal? OfferedQuantity { get; init; }

    /// <summary>The activated volume (<c>secondaryQuantity</c>), in <see cref="QuantityUnit"/>, where the document states it.</summary>
    public decimal? ActivatedQuantity { get; init; }

    /// <summary>A price the point states (<c>price.amount</c> or another price element), in <see cref="CurrencyUnit"/> per <see cref="PriceUnit"/>.</summary>
    public decimal? Price { get; init; }

    /// <summary>The <c>quantity_Measure_Unit.name</c>, usually <c>MAW</c>.</summary>
    public string? QuantityUnit { get; init; }

    /// <summary>The <c>currency_Unit.name</c>, when the series states one.</summary>
    public string? CurrencyUnit { get; init; }

    /// <summary>The <c>price_Measure_Unit.name</c>, when the series states one.</summary>
    public string? PriceUnit { get; init; }

    /// <summary>The series' <c>businessType</c> (for example <c>A14</c>, aggregated energy data).</summary>
    public string? BusinessType { get; init; }

    /// <summary>The series' <c>mRID</c> within its document.</summary>
    public string? SeriesId { get; init; }

    /// <summary>
    /// The bids of <paramref name="series"/>: one per point, in the order of the series and their points. The reader
    /// ranks a point's values quantity first, then a price, then <c>secondaryQuantity</c>, so the series' value kinds
    /// say which is which.
    /// </summary>
    internal static IReadOnlyList<AggregatedBalancingEnergyBid> From(IReadOnlyList<TimeSeries> series)
    {
        var bids = new List<AggregatedBalancingEnergyBid>();
        foreach (var one in series)
        {
            var direction = one.FlowDirection switch
            {
                "A01" => BidDirection.Up,
                "A02" => BidDirection.Down,
                _ => (BidDirection?)null,
            };
            var valueIsQuantity = one.ValueKind is null or TimeSeriesValueKind.Quantity;
            var secondary = one.SecondaryValueKind;
            foreach (var period in one.Periods)
            {
                foreach (var point in period.Points)
                {
                    bids.Add(new AggregatedBalancingEnergyBid
                    {
                        Timestamp = point.Timestamp,
                        Resolution = period.Resolution,
                        Direction = direction,
                        OfferedQuantity = valueIsQuantity ? point.Value : null,
                        ActivatedQuantity = secondary == TimeSeriesValueKind.SecondaryQuantity ? point.SecondaryValue : null,
                        Price = !valueIsQuantity ? point.Value : secondary is { } kind && IsPrice(kind) ? point.SecondaryValue : null,
                        QuantityUnit = one.QuantityUnit,
                        CurrencyUnit = one.CurrencyUnit,
                        PriceUnit = one.PriceUnit,
                        BusinessType = one.BusinessType,
                        SeriesId = one.Id,
                    });
                }
            }
        }

        return bids.AsReadOnly();
    }

    private static bool IsPrice(TimeSeriesValueKind kind) => kind is not (TimeSeriesValueKind.Quantity or TimeSeriesValueKind.SecondaryQuantity);
}
