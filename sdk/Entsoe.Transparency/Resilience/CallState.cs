namespace Entsoe.Transparency;

/// <summary>What one call to the client knows across its attempts.</summary>
internal sealed class CallState
{
    private readonly Redactor? redactor;
    private string? description;

    /// <summary>A call whose description is given.</summary>
    public CallState(Uri uri, string description, long startTimestamp, CancellationToken callerToken)
    {
        Uri = uri;
        this.description = description;
        StartTimestamp = startTimestamp;
        CallerToken = callerToken;
    }

    /// <summary>A call described by <paramref name="redactor"/> when a log line or an exception first asks.</summary>
    public CallState(Uri uri, Redactor redactor, long startTimestamp, CancellationToken callerToken)
    {
        Uri = uri;
        this.redactor = redactor;
        StartTimestamp = startTimestamp;
        CallerToken = callerToken;
    }

    public Uri Uri { get; }

    /// <summary>Method and URL, redacted. Built on first use: a call that succeeds with logging off never needs it.</summary>
    public string Description => description ??= redactor!.Describe(HttpMethod.Get, Uri);

    public long StartTimestamp { get; }

    public CancellationToken CallerToken { get; }

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
