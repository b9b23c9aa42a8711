namespace Entsoe.Transparency;

/// <summary>
/// The contract period balancing capacity is procured for: <c>type_MarketAgreement.Type</c> in a query,
/// <c>type_MarketAgreement.type</c> in a series (the platform's code list of market agreement types).
/// </summary>
public enum BalancingMarketAgreementType
{
    /// <summary><c>A13</c>: hourly.</summary>
    Hourly = 1,

    /// <summary><c>A01</c>: daily.</summary>
    Daily = 2,

    /// <summary><c>A02</c>: weekly.</summary>
    Weekly = 3,

    /// <summary><c>A03</c>: monthly.</summary>
    Monthly = 4,

    /// <summary><c>A04</c>: yearly.</summary>
    Yearly = 5,

    /// <summary><c>A06</c>: long term (more than a year).</summary>
    LongTerm = 6,
}
