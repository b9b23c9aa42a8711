using BenchmarkDotNet.Attributes;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Benchmarks.Hashing;

/// <summary>
/// Hashing 1,000 UUID tokens, as the migrator does per batch of rows: <see cref="TokenHasher.TryHash"/> in a loop
/// (baseline) against <see cref="TokenHashBatch"/> (1,000 adds and one compute) on each code path, forced: the
/// platform's HMAC per token (what a machine without AVX2 gets), the managed scalar compression, 8 and 16 lanes.
/// Every figure is per token (<c>OperationsPerInvoke</c>), canonicalization and formatting included.
/// </summary>
[MemoryDiagnoser]
public class BatchHashBenchmarks
{
    private const int Tokens = 1000;
    private readonly char[] stored = new char[StoredFormat.MaxLength];
    private string[] tokens = [];
    private TokenKeyRing? ring;
    private TokenHasher? hasher;
    private TokenHashBatch? auto;
    private TokenHashBatch? platform;
    private TokenHashBatch? scalar;
    private TokenHashBatch? vector256;
    private TokenHashBatch? vector512;
    private TokenHasher? unkeyed;
    private TokenHashBatch? unkeyedBatch;

    [GlobalSetup]
    public void Setup()
    {
        tokens = [.. Enumerable.Range(0, Tokens).Select(_ => BenchmarkInputs.NewToken())];
        ring = TokenKeyRing.Generate("k2026");
        hasher = TokenHasher.Create(ring);
        auto = new TokenHashBatch(hasher, Tokens);
        platform = new TokenHashBatch(hasher, Tokens, TokenHashPath.Platform);
        scalar = new TokenHashBatch(hasher, Tokens, TokenHashPath.Scalar);
        vector256 = new TokenHashBatch(hasher, Tokens, TokenHashPath.Vector256);

        // On a machine without AVX-512 this row repeats the widest path there is (the default-path row says which).
        vector512 = new TokenHashBatch(hasher, Tokens, Sha256MultiBlockPath());
        unkeyed = TokenHasher.CreateUnkeyed();
        unkeyedBatch = new TokenHashBatch(unkeyed, Tokens);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        auto?.Dispose();
        platform?.Dispose();
        scalar?.Dispose();
        vector256?.Dispose();
        vector512?.Dispose();
        unkeyedBatch?.Dispose();
        unkeyed?.Dispose();
        hasher?.Dispose();
        ring?.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Tokens, Description = "TokenHasher.TryHash x1000")]
    public int TryHashLoop()
    {
        var total = 0;
        foreach (var token in tokens)
        {
            hasher!.TryHash(token, stored, out var written);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Tokens, Description = "TokenHashBatch, platform HMAC per token (no-SIMD fallback)")]
    public int BatchPlatform() => Run(platform!);

    [Benchmark(OperationsPerInvoke = Tokens, Description = "TokenHashBatch, scalar")]
    public int BatchScalar() => Run(scalar!);

    [Benchmark(OperationsPerInvoke = Tokens, Description = "TokenHashBatch, Vector256 (8 lanes)")]
    public int BatchVector256() => Run(vector256!);

    [Benchmark(OperationsPerInvoke = Tokens, Description = "TokenHashBatch, Vector512 (16 lanes)")]
    public int BatchVector512() => Run(vector512!);

    [Benchmark(OperationsPerInvoke = Tokens, Description = "TokenHashBatch, default path")]
    public int BatchAuto() => Run(auto!);

    [Benchmark(OperationsPerInvoke = Tokens, Description = "TokenHasher.TryHash x1000, unkeyed ($sha256$)")]
    public int TryHashLoopUnkeyed()
    {
        var total = 0;
        foreach (var token in tokens)
        {
            unkeyed!.TryHash(token, stored, out var written);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Tokens, Description = "TokenHashBatch, default path, unkeyed ($sha256$)")]
    public int BatchUnkeyed() => Run(unkeyedBatch!);

    private static TokenHashPath Sha256MultiBlockPath() =>
        Sha256MultiBlock.IsSupported(TokenHashPath.Vector512) ? TokenHashPath.Vector512 : Sha256MultiBlock.Best;

    private int Run(TokenHashBatch batch)
    {
        batch.Clear();
        foreach (var token in tokens)
        {
            batch.Add(token);
        }

        batch.Compute();
        return batch.StoredValue(Tokens - 1).Length;
    }
}
