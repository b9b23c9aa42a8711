namespace Entsoe.Transparency.Redis;

/// <summary>A scope's limit in the script's units, copied from the client's <see cref="TransparencyRateLimitOptions"/>.</summary>
internal sealed record ScopeLimits(int PermitLimit, long WindowMicros, long EmissionMicros, long BurstToleranceMicros)
{
    public static ScopeLimits From(TransparencyRateLimitOptions options)
    {
        // As the local limiter: grants window / limit apart after a burst of at most `limit`.
        var window = Math.Max(1, options.Window.Ticks / TimeSpan.TicksPerMicrosecond);
        var emission = Math.Max(1, window / options.PermitLimit);
        var burst = Math.Clamp(options.Burst, 1, options.PermitLimit);
        return new ScopeLimits(options.PermitLimit, window, emission, (burst - 1) * emission);
    }
}
