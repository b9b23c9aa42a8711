namespace Entsoe.Transparency;

/// <summary>
/// The timeframe of an allocation of transfer capacity: the platform's <c>contract_MarketAgreement.Type</c> for the
/// offered capacity (document type <c>A31</c>), as its Web API guide lists them for 11.1.A.
/// </summary>
public enum CapacityContractType
{
    /// <summary><c>A01</c>, daily: the day-ahead allocation.</summary>
    Daily = 0,

    /// <summary><c>A02</c>, weekly.</summary>
    Weekly = 1,

    /// <summary><c>A03</c>, monthly.</summary>
    Monthly = 2,

    /// <summary><c>A04</c>, yearly.</summary>
    Yearly = 3,

    /// <summary><c>A06</c>, long term.</summary>
    LongTerm = 4,

    /// <summary><c>A07</c>, intraday.</summary>
    Intraday = 5,

    /// <summary><c>A08</c>, quarterly.</summary>
    Quarterly = 6,
}
