namespace Entsoe.Transparency;

/// <summary>
/// The client-side rate limit. The platform allows 400 requests per minute per token and bans a token that goes
/// beyond for about 10 minutes, so every client in the process that uses the same token shares one limiter:
/// never more than <see cref="PermitLimit"/> requests (retries included) in any <see cref="Window"/>, paced evenly.
/// The first client to use a token fixes its limiter's settings.
/// </summary>
public sealed class TransparencyRateLimitOptions
{
    /// <summary>Whether the limiter is on (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most requests in any window (default 400, the platform's limit per token).</summary>
    public int PermitLimit { get; set; } = 400;

    /// <summary>The window's length (default 60 s).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many requests may go back to back before pacing spaces them by <see cref="Window"/> / <see cref="PermitLimit"/>
    /// (default 10).
    /// </summary>
    public int Burst { get; set; } = 10;

    /// <summary>How many requests may wait for a permit; beyond that a request fails at once (default 10,000).</summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary>Describes the settings.</summary>
    public override string ToString() =>
        Enabled ? $"RateLimit({PermitLimit} per {Window}, burst {Burst}, queue {QueueLimit})" : "RateLimit(off)";
}
