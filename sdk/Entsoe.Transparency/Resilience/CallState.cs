namespace Entsoe.Transparency;

/// <summary>What one call to the client knows across its attempts.</summary>
internal sealed class CallState(Uri uri, string description, long startTimestamp, CancellationToken callerToken)
{
    public Uri Uri { get; } = uri;

    /// <summary>Method and URL, redacted.</summary>
    public string Description { get; } = description;

    public long StartTimestamp { get; } = startTimestamp;

    public CancellationToken CallerToken { get; } = callerToken;

    public int Attempts { get; set; }

    public AttemptResult? LastResult { get; set; }

    public Exception? LastException { get; set; }

    /// <summary>The rate-limit slot of the attempt in progress (null with the limiter off); its end is recorded once the response headers are in.</summary>
    public ArrivalSlotLease? Slot { get; set; }

    /// <summary>The delay the retry predicate chose (Retry-After, ban), or null for the usual backoff.</summary>
    public TimeSpan? PendingDelay { get; set; }

    /// <summary>The ban the pending retry waits out, for its log line.</summary>
    public DateTimeOffset? PendingBan { get; set; }

    /// <summary>Why the last retryable response was not retried, for the exception message.</summary>
    public string? NotRetriedBecause { get; set; }

    public override string ToString() => $"CallState({Description}, {Attempts} attempts)";
}
