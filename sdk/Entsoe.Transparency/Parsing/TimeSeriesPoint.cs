namespace Entsoe.Transparency;

/// <summary>One value of a time series: the start of its interval and the quantity or price that holds for it.</summary>
/// <param name="Timestamp">The UTC instant at which the point's interval starts.</param>
/// <param name="Value">The <c>quantity</c> or <c>price.amount</c>, exactly as the document states it.</param>
public readonly record struct TimeSeriesPoint(DateTimeOffset Timestamp, decimal Value);
