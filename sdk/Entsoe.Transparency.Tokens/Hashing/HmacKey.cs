using System.Buffers.Binary;
using System.Runtime.InteropServices;
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
/// context at once, so key-derived state does not outlive the key in native memory. The SHA-256 midstates a
/// <see cref="TokenHashBatch"/> starts from are made once per key, on first use, and zeroed by <see cref="Dispose"/> too.
/// </remarks>
internal sealed class HmacKey : IDisposable
{
    /// <summary>Words <see cref="CopyMidstates"/> writes: two SHA-256 states.</summary>
    public const int MidstateWords = 16;

    private readonly byte[] key;
    private readonly ThreadLocal<IncrementalHash> contexts;
    private readonly List<WeakReference<IncrementalHash>> created = [];

    // The SHA-256 states after compressing key ^ ipad and key ^ opad (RFC 2104), inner then outer: what a batch
    // starts its two compressions from. Made on first use, under the registry lock, and zeroed with the key.
    private uint[]? midstates;
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

    /// <summary>
    /// Copies the inner midstate (8 words) then the outer midstate (8 words) into <paramref name="destination"/>.
    /// </summary>
    /// <remarks>
    /// Copied under the lock that <see cref="Dispose"/> takes, so a batch never starts from a half-zeroed state.
    /// </remarks>
    /// <exception cref="ObjectDisposedException">The key (its hasher) has been disposed.</exception>
    public void CopyMidstates(Span<uint> destination)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, MidstateWords);
        lock (created)
        {
            ObjectDisposedException.ThrowIf(disposed, typeof(TokenHasher));
            midstates ??= ComputeMidstates(key);
            midstates.CopyTo(destination);
        }
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
            if (midstates is not null)
            {
                CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(midstates.AsSpan()));
            }
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

    private static uint[] ComputeMidstates(ReadOnlySpan<byte> key)
    {
        // RFC 2104 §2: a key longer than the block is hashed first; a shorter one is padded with zeros to the block.
        const int BlockBytes = 64;
        Span<byte> padded = stackalloc byte[BlockBytes];
        padded.Clear();
        if (key.Length > BlockBytes)
        {
            SHA256.HashData(key, padded);
        }
        else
        {
            key.CopyTo(padded);
        }

        var result = new uint[MidstateWords];
        Span<uint> block = stackalloc uint[16];
        for (var half = 0; half < 2; half++)
        {
            var pad = half == 0 ? (byte)0x36 : (byte)0x5c;
            for (var t = 0; t < 16; t++)
            {
                block[t] = BinaryPrimitives.ReadUInt32BigEndian(padded[(t * 4)..]) ^ (pad * 0x01010101u);
            }

            var state = result.AsSpan(half * 8, 8);
            Sha256MultiBlock.InitialState.CopyTo(state);
            Sha256MultiBlock.Compress(state, block);
        }

        CryptographicOperations.ZeroMemory(padded);
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(block));
        return result;
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
