using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Benchmarks.Hashing;

/// <summary>
/// Hashing one 36-character UUID token. Baseline: the one-shot <see cref="HMACSHA256.HashData(byte[], byte[])"/> of
/// the same 36 bytes, which sets up a fresh HMAC context on every call.
/// </summary>
[MemoryDiagnoser]
public class HashBenchmarks
{
    private readonly byte[] digest = new byte[32];
    private readonly char[] stored = new char[StoredFormat.MaxLength];
    private byte[] key = [];
    private byte[] tokenBytes = [];
    private string token = "";
    private TokenKeyRing? ring;
    private TokenHasher? hasher;
    private TokenHasher? unkeyed;
    private IncrementalHash? reused;

    [GlobalSetup]
    public void Setup()
    {
        key = BenchmarkInputs.NewKey();
        token = BenchmarkInputs.NewToken();
        tokenBytes = BenchmarkInputs.Utf8(token);
        ring = TokenKeyRing.Create("k2026", new Dictionary<string, byte[]> { ["k2026"] = key });
        hasher = TokenHasher.Create(ring);
        unkeyed = TokenHasher.CreateUnkeyed();
        reused = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        hasher?.Dispose();
        unkeyed?.Dispose();
        ring?.Dispose();
        reused?.Dispose();
        CryptographicOperations.ZeroMemory(key);
    }

    [Benchmark(Baseline = true, Description = "HMACSHA256.HashData one-shot (36 bytes)")]
    public int OneShotHmac() => HMACSHA256.HashData(key, tokenBytes, digest);

    [Benchmark(Description = "Reused keyed IncrementalHash, one thread (lower bound)")]
    public int ReusedIncrementalHash()
    {
        reused!.AppendData(tokenBytes);
        return reused.GetHashAndReset(digest);
    }

    [Benchmark(Description = "TokenHasher.TryHash")]
    public int TryHash()
    {
        hasher!.TryHash(token, stored, out var written);
        return written;
    }

    [Benchmark(Description = "TokenHasher.Hash (allocates the stored string)")]
    public string Hash() => hasher!.Hash(token);

    [Benchmark(Description = "TokenHasher.TryHash unkeyed ($sha256$)")]
    public int TryHashUnkeyed()
    {
        unkeyed!.TryHash(token, stored, out var written);
        return written;
    }
}
