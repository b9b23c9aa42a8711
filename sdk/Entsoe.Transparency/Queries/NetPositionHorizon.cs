namespace Entsoe.Transparency;

/// <summary>
/// Which implicit allocation's net positions (12.1.E) to fetch: the platform's <c>contract_MarketAgreement.Type</c> for
/// document type <c>A25</c> with business type <c>B09</c> (entsoe-py's <c>dayahead</c> flag of <c>query_net_position</c>).
/// </summary>
public enum NetPositionHorizon
{
    /// <summary><c>A01</c>, daily: the net positions of the day-ahead market coupling (SDAC).</summary>
    DayAhead = 0,

    /// <summary><c>A07</c>, intraday: the net positions of the intraday market coupling.</summary>
    Intraday = 1,
}
