using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Entsoe.Transparency;

/// <summary>
/// One limiter per token for the whole process: the platform counts requests per token, whichever client sends
/// them. Keys are SHA-256 digests, so this table never holds a token. With a shared budget configured
/// (<see cref="TransparencyRateLimitOptions.SharedBudget"/>) the token's budget is that one, given this limiter to
/// build on.
/// </summary>
internal static class SharedRateLimiters
{
    private static readonly ConcurrentDictionary<string, PacedSlidingWindowRateLimiter> Limiters = new(StringComparer.Ordinal);

    public static ITransparencyRateBudget For(string token, TransparencyRateLimitOptions options, TimeProvider timeProvider) =>
        ForKey(KeyOf(token), options, timeProvider);

    /// <summary>The one-way value of <paramref name="token"/> its budget is kept under.</summary>
    public static string KeyOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The budget of the token whose <see cref="KeyOf"/> is <paramref name="key"/>.</summary>
    public static ITransparencyRateBudget ForKey(string key, TransparencyRateLimitOptions options, TimeProvider timeProvider)
    {
        var local = Local(key, options, timeProvider);
        return options.SharedBudget?.GetBudget(key, options, timeProvider, local) ?? local;
    }

    private static PacedSlidingWindowRateLimiter Local(string key, TransparencyRateLimitOptions options, TimeProvider timeProvider)
    {
        if (Limiters.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var created = new PacedSlidingWindowRateLimiter(options.PermitLimit, options.Window, options.Burst, options.QueueLimit, timeProvider);
        var winner = Limiters.GetOrAdd(key, created);
        if (!ReferenceEquals(winner, created))
        {
            created.Dispose();
        }

        return winner;
    }
}
