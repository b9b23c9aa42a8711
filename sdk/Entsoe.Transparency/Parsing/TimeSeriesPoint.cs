namespace Entsoe.Transparency;

/// <summary>
/// One value of a time series: the start of its interval and the value that holds for it, plus a second value when
/// the document states two per point (a procured capacity and its price, an allocated capacity and its auction price).
/// <see cref="TimeSeries.ValueKind"/> and <see cref="TimeSeries.SecondaryValueKind"/> say which element each comes from.
/// </summary>
/// <param name="Timestamp">The UTC instant at which the point's interval starts.</param>
/// <param name="Value">
/// The point's value, exactly as the document states it: its <c>quantity</c> when it has one, else its price
/// (<c>price.amount</c>, <c>imbalance_Price.amount</c>, <c>congestionCost_Price.amount</c>,
/// <c>procurement_Price.amount</c>, <c>activation_Price.amount</c>, <c>Financial_Price/amount</c>).
/// </param>
public readonly record struct TimeSeriesPoint(DateTimeOffset Timestamp, decimal Value)
{
    /// <summary>Creates a point that states a second value.</summary>
    /// <param name="timestamp">The UTC instant at which the point's interval starts.</param>
    /// <param name="value">The point's value.</param>
    /// <param name="secondaryValue">The second value, or <see langword="null"/>.</param>
    public TimeSeriesPoint(DateTimeOffset timestamp, decimal value, decimal? secondaryValue)
        : this(timestamp, value)
    {
        SecondaryValue = secondaryValue;
    }

    /// <summary>
    /// The point's second value, when it states one beside <see cref="Value"/>: the price beside a quantity
    /// (<c>procurement_Price.amount</c> of procured balancing capacity, <c>price.amount</c> of an explicit allocation),
    /// or a <c>secondaryQuantity</c>. <see langword="null"/> when the point states a single value.
    /// </summary>
    public decimal? SecondaryValue { get; init; }
}
