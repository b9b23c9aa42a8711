namespace Entsoe.Transparency;

/// <summary>
/// A stretch of an outage during which the capacity still available stays the same. The platform states outage curves
/// as variable-sized blocks (curve type <c>A03</c>), often at a one-minute resolution over months: a step holds each
/// block whole, from its stated position to the next stated one (or the end of the period), instead of a point per
/// minute.
/// </summary>
/// <param name="Interval">When this capacity holds.</param>
/// <param name="AvailableCapacity">The capacity still available (<c>quantity</c>), in <see cref="Outage.QuantityUnit"/> (usually <c>MAW</c>).</param>
public readonly record struct OutageCapacityStep(UtcInterval Interval, decimal AvailableCapacity);
