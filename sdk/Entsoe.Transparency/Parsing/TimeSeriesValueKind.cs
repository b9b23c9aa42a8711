namespace Entsoe.Transparency;

/// <summary>
/// Which element of the document a point's value comes from (<see cref="TimeSeries.ValueKind"/>,
/// <see cref="TimeSeries.SecondaryValueKind"/>). The platform names the value after what it measures, and one point
/// can state two: a procured capacity and its price, a capacity and its auction price.
/// </summary>
public enum TimeSeriesValueKind
{
    /// <summary><c>quantity</c>: a power, energy or capacity in the series' <see cref="TimeSeries.QuantityUnit"/>.</summary>
    Quantity = 0,

    /// <summary><c>price.amount</c>: day-ahead prices (A44), auction prices beside an allocated capacity (A25).</summary>
    Price = 1,

    /// <summary><c>imbalance_Price.amount</c>: imbalance prices (A85), with a category per point.</summary>
    ImbalancePrice = 2,

    /// <summary><c>congestionCost_Price.amount</c>: costs of congestion management (A92).</summary>
    CongestionCost = 3,

    /// <summary><c>procurement_Price.amount</c>: the price of procured or contracted balancing capacity (A15, A81, A89), beside its <c>quantity</c>.</summary>
    ProcurementPrice = 4,

    /// <summary><c>activation_Price.amount</c>: prices of activated balancing energy (A84).</summary>
    ActivationPrice = 5,

    /// <summary>
    /// <c>Financial_Price/amount</c>: financial expenses and income for balancing (A87). Each point states one amount
    /// per <c>Financial_Price/direction</c>; the parser gives each direction its own series, with the direction in
    /// <see cref="TimeSeries.FlowDirection"/>.
    /// </summary>
    FinancialPrice = 6,

    /// <summary><c>secondaryQuantity</c>: a second quantity stated beside <c>quantity</c>.</summary>
    SecondaryQuantity = 7,
}
