namespace Entsoe.Transparency;

/// <summary>
/// Which scheduled commercial exchanges (12.1.F) to fetch: the platform's <c>contract_MarketAgreement.Type</c> for
/// document type <c>A09</c>.
/// </summary>
public enum CommercialScheduleType
{
    /// <summary><c>A05</c>, total: every timeframe's exchanges together.</summary>
    Total = 0,

    /// <summary><c>A01</c>, day ahead: the exchanges of the day-ahead market only.</summary>
    DayAhead = 1,
}
