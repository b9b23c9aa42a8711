using BenchmarkDotNet.Attributes;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Benchmarks.Hashing;

/// <summary>
/// The classification every hashed or verified token goes through first, on an upper-case UUID (the case that does
/// the most work). Baseline: the character-by-character shape check the vector check replaced, which stays as the
/// fallback for machines without SIMD.
/// </summary>
[MemoryDiagnoser]
public class CanonicalTokenBenchmarks
{
    private readonly byte[] utf8 = new byte[CanonicalToken.UuidLength];
    private string token = "";

    [GlobalSetup]
    public void Setup() => token = BenchmarkInputs.NewToken().ToUpperInvariant();

    [Benchmark(Baseline = true, Description = "IsUuidShaped, scalar")]
    public bool IsUuidShapedScalar() => CanonicalToken.IsUuidShapedScalar(token);

    [Benchmark(Description = "IsUuidShaped, Vector128")]
    public bool IsUuidShaped() => CanonicalToken.IsUuidShaped(token);

    [Benchmark(Description = "Describe")]
    public CanonicalFlags Describe() => CanonicalToken.Describe(token);

    [Benchmark(Description = "TryWriteUtf8")]
    public int TryWriteUtf8()
    {
        CanonicalToken.TryWriteUtf8(token, utf8, out var written);
        return written;
    }
}
