namespace Entsoe.Transparency;

/// <summary>
/// One position of a balancing series: when it starts, and the quantity and the price the document states for it.
/// A series of procured capacity or contracted reserves states both; activated energy states a quantity, its prices
/// a price.
/// </summary>
/// <param name="Timestamp">The UTC instant at which the position's interval starts.</param>
/// <param name="Quantity">The <c>quantity</c> (in the series' <see cref="TimeSeries.QuantityUnit"/>, usually <c>MAW</c> or <c>MWH</c>), or null when the point states none.</param>
/// <param name="Price">
/// The price (<c>procurement_Price.amount</c> of capacity, <c>activation_Price.amount</c> of energy, in the series'
/// <see cref="TimeSeries.CurrencyUnit"/> per <see cref="TimeSeries.PriceUnit"/>), or null when the point states none.
/// </param>
public readonly record struct BalancingPoint(DateTimeOffset Timestamp, decimal? Quantity, decimal? Price);
