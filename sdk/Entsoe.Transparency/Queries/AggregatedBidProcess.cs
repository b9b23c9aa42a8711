namespace Entsoe.Transparency;

/// <summary>
/// The balancing process whose aggregated energy bids (GL EB 12.3.E) to fetch: the platform's <c>processType</c> for
/// document type <c>A24</c>, the values the platform and entsoe-py's <c>query_aggregated_bids</c> accept.
/// </summary>
public enum AggregatedBidProcess
{
    /// <summary><c>A51</c>, automatic frequency restoration reserve (aFRR).</summary>
    Afrr = 0,

    /// <summary><c>A47</c>, manual frequency restoration reserve (mFRR).</summary>
    Mfrr = 1,

    /// <summary><c>A46</c>, replacement reserve (RR).</summary>
    ReplacementReserve = 2,

    /// <summary><c>A60</c>, mFRR with scheduled activation.</summary>
    MfrrScheduledActivation = 3,

    /// <summary><c>A61</c>, mFRR with direct activation.</summary>
    MfrrDirectActivation = 4,

    /// <summary><c>A67</c>, aFRR with central selection.</summary>
    AfrrCentralSelection = 5,

    /// <summary><c>A68</c>, aFRR with local selection.</summary>
    AfrrLocalSelection = 6,
}
