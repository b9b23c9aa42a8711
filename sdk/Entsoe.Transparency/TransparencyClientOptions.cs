using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency;

/// <summary>Settings of a <see cref="TransparencyClient"/>. Read once, when the client is created.</summary>
public sealed class TransparencyClientOptions
{
    /// <summary>The platform cuts requests off after 300 s, so a longer attempt could never succeed.</summary>
    public static readonly TimeSpan MaxAttemptTimeout = TimeSpan.FromSeconds(300);

    // The resilience pipeline's timeouts accept (10 ms, 24 h).
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(11);
    private static readonly TimeSpan MaxTotalTimeout = TimeSpan.FromHours(24);

    /// <summary>
    /// The API's base address (default <see cref="TransparencyEndpoints.Production"/>; the IOP test platform is
    /// <see cref="TransparencyEndpoints.Test"/>). The platform has moved it before: a 404 says so.
    /// </summary>
    public Uri BaseAddress { get; set; } = TransparencyEndpoints.Production;

    /// <summary>Where the token travels (default the <c>SECURITY_TOKEN</c> header).</summary>
    public TokenPlacement TokenPlacement { get; set; } = TokenPlacement.Header;

    /// <summary>The longest one HTTP attempt may take, body included (default 120 s, at most 300 s).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The longest a call may take, waits for permits, retries and backoff included (default 15 min, long
    /// enough to sit out a ban of about 10 minutes).
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The largest body the client reads (default 512 MiB); a larger one fails rather than exhausting memory.</summary>
    public long MaxResponseBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// Throw <see cref="TransparencyNoMatchingDataException"/> when a query matches no data, instead of returning an
    /// empty response (default false). <see cref="TransparencyQuery.ThrowOnNoMatchingData"/> overrides it per query.
    /// </summary>
    public bool ThrowOnNoMatchingData { get; set; }

    /// <summary>Retry settings.</summary>
    public TransparencyRetryOptions Retry { get; } = new();

    /// <summary>Client-side rate limit settings.</summary>
    public TransparencyRateLimitOptions RateLimit { get; } = new();

    /// <summary>Where log lines go (none when null). Every line is redacted; there is no setting that logs a token.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>The clock for timeouts, backoff and the rate limiter (default <see cref="TimeProvider.System"/>).</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Creates the client's meter (a shared static meter when null).</summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>Throws when a setting is out of range, naming every problem.</summary>
    /// <exception cref="ArgumentException">At least one setting is invalid.</exception>
    public void Validate()
    {
        var problems = GetValidationErrors();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid TransparencyClientOptions: " + string.Join(" ", problems));
        }
    }

    /// <summary>Describes the settings (no secrets live here).</summary>
    public override string ToString() =>
        $"TransparencyClientOptions({BaseAddress}, token in {TokenPlacement}, attempt {AttemptTimeout}, total {TotalTimeout}, {Retry}, {RateLimit})";

    internal List<string> GetValidationErrors()
    {
        var problems = new List<string>();
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttps && BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add("BaseAddress must be an absolute http(s) address such as https://web-api.tp.entsoe.eu/api.");
        }
        else if (!string.IsNullOrEmpty(BaseAddress.Query) || !string.IsNullOrEmpty(BaseAddress.Fragment) || !string.IsNullOrEmpty(BaseAddress.UserInfo))
        {
            problems.Add("BaseAddress must not hold a query, a fragment or user information (pass the token through SecurityTokenCredential).");
        }

        if (!Enum.IsDefined(TokenPlacement))
        {
            problems.Add("TokenPlacement must be Header or QueryParameter.");
        }

        if (AttemptTimeout < MinTimeout || AttemptTimeout > MaxAttemptTimeout)
        {
            problems.Add($"AttemptTimeout must be at least 10 ms and at most {MaxAttemptTimeout.TotalSeconds:0} s (the platform's own cut-off); it is {AttemptTimeout}.");
        }

        if (TotalTimeout < AttemptTimeout || TotalTimeout >= MaxTotalTimeout)
        {
            problems.Add($"TotalTimeout ({TotalTimeout}) must be at least AttemptTimeout ({AttemptTimeout}) and less than 24 hours.");
        }

        if (MaxResponseBytes <= 0 || MaxResponseBytes > Array.MaxLength)
        {
            problems.Add($"MaxResponseBytes must be between 1 and {Array.MaxLength}.");
        }

        if (Retry.MaxRetries is < 0 or > 10)
        {
            problems.Add($"Retry.MaxRetries must be between 0 and 10; it is {Retry.MaxRetries}.");
        }

        if (Retry.BaseDelay <= TimeSpan.Zero || Retry.MaxDelay < Retry.BaseDelay)
        {
            problems.Add("Retry.BaseDelay must be positive and Retry.MaxDelay at least Retry.BaseDelay.");
        }

        if (Retry.MaxRetryAfter < TimeSpan.Zero)
        {
            problems.Add("Retry.MaxRetryAfter must not be negative.");
        }

        if (RateLimit.Enabled)
        {
            if (RateLimit.PermitLimit < 1)
            {
                problems.Add("RateLimit.PermitLimit must be at least 1.");
            }

            if (RateLimit.Window <= TimeSpan.Zero)
            {
                problems.Add("RateLimit.Window must be positive.");
            }

            if (RateLimit.Burst < 1 || RateLimit.Burst > RateLimit.PermitLimit)
            {
                problems.Add("RateLimit.Burst must be between 1 and RateLimit.PermitLimit.");
            }

            if (RateLimit.QueueLimit < 0)
            {
                problems.Add("RateLimit.QueueLimit must not be negative.");
            }
        }

        return problems;
    }
}
