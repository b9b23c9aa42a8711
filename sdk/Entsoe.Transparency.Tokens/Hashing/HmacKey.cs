using System.Security.Cryptography;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// One HMAC key with a keyed <see cref="IncrementalHash"/> per thread. Setting up an HMAC context costs more than
/// hashing a 36-byte token, and the one-shot <see cref="HMACSHA256.HashData(byte[], byte[])"/> does it on every call
/// and does not scale across cores; a reused context per thread does both.
/// </summary>
internal sealed class HmacKey : IDisposable
{
    private readonly byte[] key;
    private readonly ThreadLocal<IncrementalHash> contexts;

    public HmacKey(string id, ReadOnlySpan<byte> key)
    {
        Id = id;
        this.key = key.ToArray();
        contexts = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, this.key), trackAllValues: true);
    }

    public string Id { get; }

    public void Compute(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        var context = contexts.Value!;
        context.AppendData(data);
        context.GetHashAndReset(digest);
    }

    public void Dispose()
    {
        foreach (var context in contexts.Values)
        {
            context.Dispose();
        }

        contexts.Dispose();
        CryptographicOperations.ZeroMemory(key);
    }
}
