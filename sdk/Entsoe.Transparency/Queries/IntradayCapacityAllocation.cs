namespace Entsoe.Transparency;

/// <summary>
/// Which intraday offered capacity (11.1) to fetch: the continuous market, one of the three intraday auctions, or an
/// explicit intraday allocation. Each member names the <c>Auction.Type</c> (and, for the auctions, the
/// <c>ClassificationSequence_AttributeInstanceComponent.Position</c>) sent with document type <c>A31</c> and
/// <c>contract_MarketAgreement.Type</c> <c>A07</c>, as entsoe-py's <c>query_intraday_offered_capacity</c> maps them.
/// </summary>
public enum IntradayCapacityAllocation
{
    /// <summary><c>A08</c>, continuous (entsoe-py's <c>IDCT</c>): the capacity left for the continuous intraday market (SIDC), updated through the day.</summary>
    Continuous = 0,

    /// <summary><c>A01</c> at position 1 (<c>IDA1</c>): the capacity given to the first intraday auction, the day-ahead leftover.</summary>
    FirstAuction = 1,

    /// <summary><c>A01</c> at position 2 (<c>IDA2</c>): the capacity recalculated for the second intraday auction.</summary>
    SecondAuction = 2,

    /// <summary><c>A01</c> at position 3 (<c>IDA3</c>): the capacity recalculated for the third intraday auction.</summary>
    ThirdAuction = 3,

    /// <summary><c>A02</c>, explicit: borders that allocate intraday capacity explicitly (entsoe-py's <c>implicit=False</c>).</summary>
    Explicit = 4,
}
