using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Benchmarks.Verification;

/// <summary>
/// One login's worth of work: verifying a presented UUID token against its stored value, and computing the values a
/// login path looks a token up by. Baseline: the one-shot <see cref="HMACSHA256.HashData(byte[], byte[])"/> of the
/// same 36 bytes.
/// </summary>
[MemoryDiagnoser]
public class VerifyBenchmarks
{
    private readonly byte[] digest = new byte[32];
    private byte[] key = [];
    private byte[] tokenBytes = [];
    private string token = "";
    private string otherToken = "";
    private string stored = "";
    private string storedWithOldKey = "";
    private string malformed = "";
    private TokenKeyRing? previous;
    private TokenKeyRing? ring;
    private TokenHasher? hasher;
    private TokenVerifier? verifier;

    [GlobalSetup]
    public void Setup()
    {
        ring = BenchmarkInputs.NewRotatedRing(out previous);
        hasher = TokenHasher.Create(ring);
        verifier = new TokenVerifier(hasher);
        using var oldHasher = TokenHasher.Create(previous);
        key = BenchmarkInputs.NewKey();
        token = BenchmarkInputs.NewToken();
        otherToken = BenchmarkInputs.NewToken();
        tokenBytes = BenchmarkInputs.Utf8(token);
        stored = hasher.Hash(token);
        storedWithOldKey = oldHasher.Hash(token);
        malformed = stored[..^1];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        hasher?.Dispose();
        ring?.Dispose();
        previous?.Dispose();
        CryptographicOperations.ZeroMemory(key);
    }

    [Benchmark(Baseline = true, Description = "HMACSHA256.HashData one-shot (36 bytes)")]
    public int OneShotHmac() => HMACSHA256.HashData(key, tokenBytes, digest);

    [Benchmark(Description = "Verify: valid (active key)")]
    public VerificationResult VerifyValid() => verifier!.Verify(token, stored);

    [Benchmark(Description = "Verify: invalid (other token)")]
    public VerificationResult VerifyInvalid() => verifier!.Verify(otherToken, stored);

    [Benchmark(Description = "Verify: rehash needed (previous key)")]
    public VerificationResult VerifyRehashNeeded() => verifier!.Verify(token, storedWithOldKey);

    [Benchmark(Description = "Verify: legacy plaintext")]
    public VerificationResult VerifyLegacyPlaintext() => verifier!.Verify(token, token);

    [Benchmark(Description = "Verify: malformed stored value")]
    public VerificationResult VerifyMalformed() => verifier!.Verify(token, malformed);

    [Benchmark(Description = "GetLookupValues (2 keys + unkeyed)")]
    public int LookupValues() => verifier!.GetLookupValues(token).Count;

    [Benchmark(Description = "StoredValueClassifier.Classify (hashed)")]
    public StoredValueKind Classify() => StoredValueClassifier.Classify(stored).Kind;
}
