namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>Names of the login component's metrics (<see cref="System.Diagnostics.Metrics"/>). Tags never carry a token or a key.</summary>
public static class TransparencyTokenTelemetry
{
    /// <summary>The meter's name: <c>Entsoe.Transparency.Tokens.AspNetCore</c>.</summary>
    public const string MeterName = "Entsoe.Transparency.Tokens.AspNetCore";

    /// <summary>Counter of accepted tokens, tagged <c>kind</c>: <c>plaintext</c>, <c>active_key</c>, <c>older_key</c>.</summary>
    public const string LoginsInstrument = "entsoe.tokens.logins";

    /// <summary>Counter of rejected requests, tagged <c>reason</c> (<c>unknown</c>, <c>empty</c>, <c>pass_the_hash</c>, <c>ambiguous</c>, <c>duplicate</c>, <c>store_unavailable</c>).</summary>
    public const string RejectionsInstrument = "entsoe.tokens.rejections";

    /// <summary>Counter of rehash attempts, tagged <c>outcome</c>: <c>written</c>, <c>changed_concurrently</c>, <c>failed</c>.</summary>
    public const string RehashesInstrument = "entsoe.tokens.rehashes";

    /// <summary>
    /// Counter of login cache lookups (only with <see cref="TransparencyTokenOptions.CacheDuration"/> set), tagged
    /// <c>result</c>: <c>hit</c> (answered without the database) or <c>miss</c>. The hit ratio says whether the cache's
    /// lifetime fits the traffic: clients that poll less often than once per lifetime always miss.
    /// </summary>
    public const string CacheInstrument = "entsoe.tokens.login.cache";

    /// <summary>Histogram of the time the component spent on a request (lookup, verification, rehash), in seconds.</summary>
    public const string DurationInstrument = "entsoe.tokens.login.duration";
}
