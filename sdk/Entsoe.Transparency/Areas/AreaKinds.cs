namespace Entsoe.Transparency;

/// <summary>
/// What an area is on the platform. One EIC code often plays several roles (Austria's code is a bidding zone,
/// a control area, a market balance area and the country), so this is a set of flags.
/// </summary>
[Flags]
public enum AreaKinds
{
    /// <summary>No role is known.</summary>
    None = 0,

    /// <summary>A bidding zone (BZN): one wholesale price, used by day-ahead prices and cross-border flows.</summary>
    BiddingZone = 1,

    /// <summary>A bidding zone aggregation (BZA): several bidding zones reported together.</summary>
    BiddingZoneAggregation = 2,

    /// <summary>A control area (CTA): one transmission system operator's grid, used by load and generation items.</summary>
    ControlArea = 4,

    /// <summary>A market balance area (MBA): the area of imbalance prices and volumes.</summary>
    MarketBalanceArea = 8,

    /// <summary>A country (CTY), for items reported per member state.</summary>
    Country = 16,

    /// <summary>A region made of several areas (for example Central Western Europe).</summary>
    Region = 32,
}
