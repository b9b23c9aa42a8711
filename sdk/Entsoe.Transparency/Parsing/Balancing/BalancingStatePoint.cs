namespace Entsoe.Transparency;

/// <summary>
/// One position of the current balancing state of an area (electricity balancing guideline, GL EB, article 12.3.A; document type
/// A86 with business type <c>B33</c>, area control error): its start, its direction and its size.
/// </summary>
/// <param name="Timestamp">The UTC instant at which the position's interval starts (usually a minute, <c>PT1M</c>).</param>
/// <param name="Direction">The series' <c>flowDirection.direction</c>; null when it states none or one this SDK does not know.</param>
/// <param name="Quantity">The <c>quantity</c> as stated (not signed by direction), in <see cref="QuantityUnit"/>.</param>
/// <param name="QuantityUnit">The series' <c>quantity_Measure_Unit.name</c>, usually <c>MAW</c> (megawatt).</param>
public readonly record struct BalancingStatePoint(DateTimeOffset Timestamp, BalancingDirection? Direction, decimal Quantity, string? QuantityUnit);
