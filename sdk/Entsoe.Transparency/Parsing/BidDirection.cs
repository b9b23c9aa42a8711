namespace Entsoe.Transparency;

/// <summary>The direction of a balancing energy bid: the platform's <c>flowDirection.direction</c>.</summary>
public enum BidDirection
{
    /// <summary><c>A01</c>, up: more generation or less consumption.</summary>
    Up = 0,

    /// <summary><c>A02</c>, down: less generation or more consumption.</summary>
    Down = 1,
}
