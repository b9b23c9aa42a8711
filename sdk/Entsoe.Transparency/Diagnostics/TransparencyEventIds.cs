namespace Entsoe.Transparency;

/// <summary>Stable event ids of the client's log lines, for filters and alerts.</summary>
public static class TransparencyEventIds
{
    /// <summary>A request completed with a document (Information).</summary>
    public const int RequestCompleted = 3100;

    /// <summary>An attempt is about to be sent (Trace); shows where the token goes, never the token.</summary>
    public const int AttemptStarting = 3101;

    /// <summary>An attempt failed and will be retried (Debug).</summary>
    public const int RetryScheduled = 3102;

    /// <summary>A request failed for good (Warning).</summary>
    public const int RequestFailed = 3103;

    /// <summary>The token is neither a UUID nor a valid prefixed token (Warning, once per token value).</summary>
    public const int TokenShapeUnexpected = 3104;

    /// <summary>The platform banned the token; the client waits until the ban ends (Warning).</summary>
    public const int BanWait = 3105;

    /// <summary>The query matched no data (Information).</summary>
    public const int NoMatchingData = 3106;
}
