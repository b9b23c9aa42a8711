namespace Entsoe.Transparency;

/// <summary>
/// How the offered transfer capacity of a border (11.1, 11.1.A) is allocated: the platform's <c>Auction.Type</c> for
/// document type <c>A31</c>.
/// </summary>
public enum CapacityAllocation
{
    /// <summary><c>A01</c>, implicit: the capacity is allocated with the energy, by market coupling.</summary>
    Implicit = 0,

    /// <summary><c>A02</c>, explicit: the capacity is auctioned on its own (for example on GB-BE or HR-BA).</summary>
    Explicit = 1,
}
