using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;

namespace Entsoe.Transparency.Benchmarks.Hashing;

/// <summary>
/// Ways to keep a keyed HMAC context per thread, on the same 36 bytes, to justify the one the token core uses.
/// Baseline: the one-shot <see cref="HMACSHA256.HashData(byte[], byte[])"/>.
/// </summary>
[MemoryDiagnoser]
public class HmacContextBenchmarks
{
    [ThreadStatic]
    private static IncrementalHash? threadStaticContext;

    private readonly byte[] digest = new byte[32];
    private byte[] key = [];
    private byte[] data = [];
    private ThreadLocal<IncrementalHash>? tracked;
    private ThreadLocal<IncrementalHash>? untracked;

    [GlobalSetup]
    public void Setup()
    {
        key = BenchmarkInputs.NewKey();
        data = BenchmarkInputs.Utf8(BenchmarkInputs.NewToken());
        tracked = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key), trackAllValues: true);
        untracked = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key), trackAllValues: false);
        threadStaticContext = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        tracked?.Dispose();
        untracked?.Dispose();
        CryptographicOperations.ZeroMemory(key);
    }

    [Benchmark(Baseline = true, Description = "HMACSHA256.HashData one-shot")]
    public int OneShot() => HMACSHA256.HashData(key, data, digest);

    [Benchmark(Description = "IncrementalHash.CreateHMAC per call")]
    public int CreatePerCall()
    {
        using var context = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        context.AppendData(data);
        return context.GetHashAndReset(digest);
    }

    [Benchmark(Description = "ThreadLocal<IncrementalHash>, trackAllValues")]
    public int ThreadLocalTracked() => Compute(tracked!.Value!);

    [Benchmark(Description = "ThreadLocal<IncrementalHash>, untracked")]
    public int ThreadLocalUntracked() => Compute(untracked!.Value!);

    [Benchmark(Description = "[ThreadStatic] IncrementalHash")]
    public int ThreadStatic() => Compute(threadStaticContext ??= IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key));

    private int Compute(IncrementalHash context)
    {
        context.AppendData(data);
        return context.GetHashAndReset(digest);
    }
}
