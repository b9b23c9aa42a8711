namespace Entsoe.Transparency;

/// <summary>
/// How the client retries: HTTP 5xx, 408, 429, network errors and attempt timeouts, with exponential backoff
/// and jitter. HTTP 400 and 401 and the caller's own cancellation are never retried.
/// </summary>
public sealed class TransparencyRetryOptions
{
    /// <summary>Retries after the first attempt (0–10; default 4).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay; each retry doubles it, with jitter (default 1 s).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff delay (default 30 s).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest wait a <c>Retry-After</c> header can ask for (default 2 min); a longer one is clamped to this.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// When the platform bans the token ("Requester banned until …", about 10 minutes), wait until the ban ends
    /// if the total timeout leaves time for it (default true); otherwise throw
    /// <see cref="TransparencyRateLimitedException"/> at once.
    /// </summary>
    public bool WaitWhenBanned { get; set; } = true;

    /// <summary>Describes the settings.</summary>
    public override string ToString() =>
        $"Retry(max {MaxRetries}, base {BaseDelay}, max delay {MaxDelay}, max Retry-After {MaxRetryAfter}, wait when banned {WaitWhenBanned})";
}
