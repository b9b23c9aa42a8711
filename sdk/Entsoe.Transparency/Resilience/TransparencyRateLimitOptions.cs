namespace Entsoe.Transparency;

/// <summary>
/// The client-side rate limit. The platform allows 400 requests per minute per token and bans a token that goes
/// beyond for about 10 minutes, so every client in the process that uses the same token shares one limiter.
/// </summary>
/// <remarks>
/// <para>
/// What is guaranteed, and where: for the requests of this process that use one token (retries included), no closed
/// window of length <see cref="Window"/> holds more than <see cref="PermitLimit"/> <em>arrivals at the platform</em>,
/// wherever between its send and the end of its attempt each request arrives. That is where the platform counts,
/// and it is later than the client's grant by a connection set-up, TLS, a proxy: counting grants would let
/// <c>PermitLimit</c> + 1 requests arrive in one window.
/// </para>
/// <para>
/// How: each attempt holds a slot from its grant until it ends (its response headers arrive, or it fails, times out or
/// is cancelled), and the slot stays taken for one <see cref="Window"/> after that end; at most
/// <see cref="PermitLimit"/> slots are taken at any moment. A request still waiting for a slot takes nothing when its
/// wait is cancelled. Grants are also paced evenly, <see cref="Window"/> / <see cref="PermitLimit"/> apart after a
/// <see cref="Burst"/>.
/// </para>
/// <para>
/// The price is about one request's latency per window: with work queued, the steady rate is
/// <c>PermitLimit / (Window + latency)</c>, above 99 % of the limit at the platform's 60 s for answers within half a
/// second. The guarantee is per process; processes that share a token need a shared budget. The first client to use a
/// token fixes its limiter's settings.
/// </para>
/// </remarks>
public sealed class TransparencyRateLimitOptions
{
    /// <summary>Whether the limiter is on (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most requests that may arrive at the platform in any window (default 400, the platform's limit per token).</summary>
    public int PermitLimit { get; set; } = 400;

    /// <summary>The window's length (default 60 s).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many requests may go back to back before pacing spaces them by <see cref="Window"/> / <see cref="PermitLimit"/>
    /// (default 10).
    /// </summary>
    public int Burst { get; set; } = 10;

    /// <summary>How many requests may wait for a slot; beyond that a request fails at once (default 10,000).</summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary>
    /// A budget shared beyond this process, such as every process of a fleet that uses the token (default null: the
    /// process-wide limiter alone). Set by a package such as <c>Entsoe.Transparency.Redis</c>.
    /// </summary>
    public ITransparencyRateBudgetProvider? SharedBudget { get; set; }

    /// <summary>Describes the settings.</summary>
    public override string ToString() =>
        Enabled ? $"RateLimit({PermitLimit} per {Window}, burst {Burst}, queue {QueueLimit})" : "RateLimit(off)";
}
