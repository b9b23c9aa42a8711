namespace Entsoe.Transparency;

/// <summary>The direction of balancing energy, reserves or a balancing state: the series' <c>flowDirection.direction</c>.</summary>
public enum BalancingDirection
{
    /// <summary><c>A01</c>: up (upward regulation: more generation or less consumption).</summary>
    Up = 1,

    /// <summary><c>A02</c>: down (downward regulation: less generation or more consumption).</summary>
    Down = 2,

    /// <summary><c>A03</c>: symmetric (a reserve that is procured for both directions at once, as FCR usually is).</summary>
    Symmetric = 3,
}
