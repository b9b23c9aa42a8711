using System.Collections.Concurrent;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Benchmarks.Scaling;

/// <summary>
/// Batch hashing of <see cref="Count"/> UUID tokens on one thread and on every core. Times are per token, so a
/// parallel ratio of 1/cores means perfect scaling. Baseline: <see cref="TokenHasher.TryHash"/> on one thread.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    public const int Count = 8192;

    private readonly char[][] outputs = new char[Count][];
    private readonly byte[][] digests = new byte[Count][];
    private string[] tokens = [];
    private byte[][] tokenBytes = [];
    private byte[] key = [];
    private TokenKeyRing? ring;
    private TokenHasher? hasher;
    private OrderablePartitioner<Tuple<int, int>>? partitions;

    [GlobalSetup]
    public void Setup()
    {
        key = BenchmarkInputs.NewKey();
        ring = TokenKeyRing.Create("k2026", new Dictionary<string, byte[]> { ["k2026"] = key.ToArray() });
        hasher = TokenHasher.Create(ring);
        tokens = [.. Enumerable.Range(0, Count).Select(_ => BenchmarkInputs.NewToken())];
        tokenBytes = [.. tokens.Select(BenchmarkInputs.Utf8)];
        for (var i = 0; i < Count; i++)
        {
            outputs[i] = new char[StoredFormat.MaxLength];
            digests[i] = new byte[32];
        }

        // One contiguous range per core: the work per token is too small to hand out one index at a time.
        partitions = Partitioner.Create(0, Count, Count / Environment.ProcessorCount);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        hasher?.Dispose();
        ring?.Dispose();
        CryptographicOperations.ZeroMemory(key);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "TryHash, 1 thread")]
    public void TryHashSingleThread()
    {
        for (var i = 0; i < Count; i++)
        {
            hasher!.TryHash(tokens[i], outputs[i], out _);
        }
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "TryHash, Parallel.For on all cores")]
    public void TryHashAllCores() => Parallel.ForEach(partitions!, range =>
    {
        for (var i = range.Item1; i < range.Item2; i++)
        {
            hasher!.TryHash(tokens[i], outputs[i], out _);
        }
    });

    [Benchmark(OperationsPerInvoke = Count, Description = "HMACSHA256.HashData one-shot, 1 thread")]
    public void OneShotSingleThread()
    {
        for (var i = 0; i < Count; i++)
        {
            HMACSHA256.HashData(key, tokenBytes[i], digests[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "HMACSHA256.HashData one-shot, Parallel.For on all cores")]
    public void OneShotAllCores() => Parallel.ForEach(partitions!, range =>
    {
        for (var i = range.Item1; i < range.Item2; i++)
        {
            HMACSHA256.HashData(key, tokenBytes[i], digests[i]);
        }
    });
}
