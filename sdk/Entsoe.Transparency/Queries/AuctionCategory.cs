namespace Entsoe.Transparency;

/// <summary>
/// The product of an explicit capacity auction: the platform's <c>Auction.Category</c>, which the document repeats on
/// each series as <c>auction.category</c> (<see cref="TimeSeries.AuctionCategory"/>).
/// </summary>
public enum AuctionCategory
{
    /// <summary><c>A01</c>, base: every hour of the period.</summary>
    Base = 0,

    /// <summary><c>A02</c>, peak: the peak hours only.</summary>
    Peak = 1,

    /// <summary><c>A03</c>, off peak.</summary>
    OffPeak = 2,

    /// <summary><c>A04</c>, hourly: one product per hour.</summary>
    Hourly = 3,
}
