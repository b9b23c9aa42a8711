namespace Entsoe.Transparency;

/// <summary>
/// Which forecasted net transfer capacity (11.1.A) to fetch: the platform's <c>contract_MarketAgreement.Type</c> for
/// document type <c>A61</c>.
/// </summary>
public enum NetTransferCapacityHorizon
{
    /// <summary><c>A01</c>, daily: the day-ahead forecast.</summary>
    DayAhead = 0,

    /// <summary><c>A02</c>, weekly: the week-ahead forecast.</summary>
    WeekAhead = 1,

    /// <summary><c>A03</c>, monthly: the month-ahead forecast.</summary>
    MonthAhead = 2,

    /// <summary><c>A04</c>, yearly: the year-ahead forecast.</summary>
    YearAhead = 3,
}
