using System.Security.Cryptography;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// One HMAC key with a keyed <see cref="IncrementalHash"/> per thread. Setting up an HMAC context costs more than
/// hashing a 36-byte token, and the one-shot <see cref="HMACSHA256.HashData(byte[], byte[])"/> does it on every call
/// and does not scale across cores; a reused context per thread does both (docs/benchmarks.md has the figures).
/// </summary>
/// <remarks>
/// The per-thread slot does not track its values, so a context dies with its thread instead of accumulating for
/// every thread-pool thread that ever hashed. A weak registry still lets <see cref="Dispose"/> free every live
/// context at once, so key-derived state does not outlive the key in native memory.
/// </remarks>
internal sealed class HmacKey : IDisposable
{
    private readonly byte[] key;
    private readonly ThreadLocal<IncrementalHash> contexts;
    private readonly List<WeakReference<IncrementalHash>> created = [];
    private bool disposed;

    public HmacKey(string id, ReadOnlySpan<byte> key)
    {
        Id = id;
        this.key = key.ToArray();
        contexts = new ThreadLocal<IncrementalHash>(CreateContext, trackAllValues: false);
    }

    public string Id { get; }

    /// <summary>How many contexts the registry holds (live or not yet collected); for tests.</summary>
    internal int RegisteredContexts
    {
        get
        {
            lock (created)
            {
                return created.Count;
            }
        }
    }

    public void Compute(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        var context = contexts.Value!;
        context.AppendData(data);
        context.GetHashAndReset(digest);
    }

    public void Dispose()
    {
        List<WeakReference<IncrementalHash>> live;
        lock (created)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            live = [.. created];
            created.Clear();
        }

        contexts.Dispose();
        foreach (var reference in live)
        {
            if (reference.TryGetTarget(out var context))
            {
                context.Dispose();
            }
        }

        CryptographicOperations.ZeroMemory(key);
    }

    private IncrementalHash CreateContext()
    {
        var context = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        lock (created)
        {
            if (disposed)
            {
                context.Dispose();
                throw new ObjectDisposedException(nameof(TokenHasher));
            }

            // Contexts of threads that have ended are collected; drop their entries so the registry stays small.
            created.RemoveAll(static r => !r.TryGetTarget(out _));
            created.Add(new WeakReference<IncrementalHash>(context));
        }

        return context;
    }
}
