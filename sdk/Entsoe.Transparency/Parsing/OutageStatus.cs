namespace Entsoe.Transparency;

/// <summary>The <c>docStatus</c> of an outage document: whether the outage still stands.</summary>
public enum OutageStatus
{
    /// <summary>The document states no <c>docStatus</c>.</summary>
    Unspecified = 0,

    /// <summary><c>A05</c>: the outage is active (planned or under way).</summary>
    Active = 1,

    /// <summary><c>A09</c>: the outage was cancelled; it did not or will not take place.</summary>
    Cancelled = 2,

    /// <summary><c>A13</c>: the publication was withdrawn (published in error). The platform returns these only when asked for <c>docStatus=A13</c>.</summary>
    Withdrawn = 3,

    /// <summary>Any other code; <see cref="Outage.StatusCode"/> holds it.</summary>
    Other = 4,
}
