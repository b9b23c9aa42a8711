using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// The login cache of every <c>TransparencyToken</c> scheme of the application (registered as a singleton by
/// <c>AddTransparencyToken</c>). Only used when a scheme sets <see cref="TransparencyTokenOptions.CacheDuration"/>.
/// </summary>
/// <remarks>
/// Call <see cref="Invalidate"/> after every write of this process that replaces or removes an account's token ("Generate
/// and overwrite", deleting an account): the old token is rejected from the next request on. A write made by another
/// process (another instance of the application, <c>entsoe-tokens token issue</c>, plain SQL) cannot reach this cache and
/// is seen after at most <see cref="TransparencyTokenOptions.CacheDuration"/>; leave the cache off where that matters.
/// </remarks>
public sealed class TransparencyTokenCache
{
    private readonly Lock gate = new();
    private VerifiedRowCache[] caches = [];

    /// <summary>Forgets what every scheme remembers of <paramref name="account"/>; returns after the entries are gone.</summary>
    public void Invalidate(RowKey account)
    {
        foreach (var cache in Volatile.Read(ref caches))
        {
            cache.Invalidate(account);
        }
    }

    internal VerifiedRowCache Create(TimeSpan duration, int capacity, TimeProvider time)
    {
        var cache = new VerifiedRowCache(duration, capacity, time);
        if (cache.Enabled)
        {
            lock (gate)
            {
                caches = [.. caches, cache];
            }
        }

        return cache;
    }
}
