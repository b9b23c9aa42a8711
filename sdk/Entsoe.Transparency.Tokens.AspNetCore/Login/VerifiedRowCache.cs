using System.Collections.Concurrent;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// The rows of recent active-key logins of one scheme, keyed by the row's stored value (the active key's hash, never the
/// token), so a repeated login skips the database round trip. Bounded in size, each entry lives for a short, fixed time,
/// and <see cref="Invalidate"/> (an overwrite in this process) removes an account's entries at once.
/// </summary>
/// <remarks>
/// Only a row that verified <see cref="VerificationResult.Valid"/> as the one match of its lookup is kept: plaintext and
/// older-key rows are rewritten by the login, and a rejection always goes to the database, so every rejection does the
/// same work as before. An insert carries the invalidation generation it saw before its database read; a read that
/// started before an overwrite's invalidation can therefore never put the overwritten value back.
/// </remarks>
internal sealed class VerifiedRowCache
{
    private readonly ConcurrentDictionary<string, Entry> entries;
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly long lifetime;
    private readonly int capacity;
    private long generation;
    private int count;
    private long nextSweep;

    public VerifiedRowCache(TimeSpan duration, int capacity, TimeProvider time)
    {
        this.time = time;
        this.capacity = capacity;
        entries = new(StringComparer.Ordinal);
        bySpan = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        lifetime = (long)(duration.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>False when the scheme's <see cref="TransparencyTokenOptions.CacheDuration"/> is zero: nothing is kept.</summary>
    public bool Enabled => lifetime > 0 && capacity > 0;

    /// <summary>The invalidation generation; read before the database lookup whose row may be added.</summary>
    public long Generation => Volatile.Read(ref generation);

    public int Count => Volatile.Read(ref count);

    /// <summary>The row last verified with <paramref name="storedValue"/>, if it is younger than the cache's lifetime.</summary>
    /// <remarks>A span, so a repeated login's probe allocates nothing: the stored value is hashed onto the stack.</remarks>
    public bool TryGet(ReadOnlySpan<char> storedValue, out StoredRow row)
    {
        if (bySpan.TryGetValue(storedValue, out var key, out var entry))
        {
            if (time.GetTimestamp() < entry.ExpiresAt)
            {
                row = entry.Row;
                return true;
            }

            Remove(new KeyValuePair<string, Entry>(key, entry));
        }

        row = default;
        return false;
    }

    /// <summary>Keeps <paramref name="row"/> under its stored value, unless an invalidation happened since <paramref name="seenGeneration"/>.</summary>
    public void Add(string storedValue, StoredRow row, long seenGeneration)
    {
        lock (gate)
        {
            if (generation != seenGeneration)
            {
                return;
            }

            var now = time.GetTimestamp();
            var entry = new Entry(row, now + lifetime);
            if (entries.TryGetValue(storedValue, out var existing) && entries.TryUpdate(storedValue, entry, existing))
            {
                return;
            }

            if (count >= capacity)
            {
                // Full: sweep the expired entries, but at most once a lifetime, so a cache full of live entries (more
                // distinct tokens within a lifetime than it holds) costs a miss nothing more than the database read.
                if (now < nextSweep)
                {
                    return;
                }

                nextSweep = now + lifetime;
                RemoveExpired(now);
                if (count >= capacity)
                {
                    return;
                }
            }

            if (entries.TryAdd(storedValue, entry))
            {
                Interlocked.Increment(ref count);
            }
        }
    }

    /// <summary>Forgets every entry of <paramref name="account"/> and discards every insert whose read began before this call.</summary>
    public void Invalidate(RowKey account)
    {
        lock (gate)
        {
            generation++;
            foreach (var pair in entries)
            {
                if (pair.Value.Row.Key.Equals(account))
                {
                    Remove(pair);
                }
            }
        }
    }

    private void RemoveExpired(long now)
    {
        foreach (var pair in entries)
        {
            if (pair.Value.ExpiresAt <= now)
            {
                Remove(pair);
            }
        }
    }

    private void Remove(KeyValuePair<string, Entry> pair)
    {
        if (entries.TryRemove(pair))
        {
            Interlocked.Decrement(ref count);
        }
    }

    private readonly record struct Entry(StoredRow Row, long ExpiresAt);
}
