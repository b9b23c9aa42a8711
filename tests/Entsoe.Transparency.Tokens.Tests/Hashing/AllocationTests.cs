namespace Entsoe.Transparency.Tokens.Tests.Hashing;

/// <summary>
/// The hot paths allocate nothing per operation once the thread's HMAC context exists. Measured with the thread's
/// allocation counter, which is exact, not with a clock.
/// </summary>
public sealed class AllocationTests : IDisposable
{
    private const int Operations = 1000;
    private const string Token = "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c";
    private readonly TokenKeyRing previous = TokenKeyRing.Generate("k2025");
    private readonly TokenKeyRing ring;
    private readonly TokenHasher hasher;
    private readonly TokenVerifier verifier;
    private readonly string stored;
    private readonly string storedWithPreviousKey;

    public AllocationTests()
    {
        ring = previous.Rotate("k2026");
        hasher = TokenHasher.Create(ring);
        verifier = new TokenVerifier(hasher);
        stored = hasher.Hash(Token);
        using var old = TokenHasher.Create(previous);
        storedWithPreviousKey = old.Hash(Token);
    }

    [Fact]
    public void TryHash_AfterTheFirstCallOnAThread_AllocatesNothing()
    {
        var destination = new char[StoredFormat.MaxLength];

        var allocated = Measure(() => hasher.TryHash(Token, destination, out _));

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Verify_ValidRehashNeededInvalidAndMalformed_AllocatesNothing()
    {
        var malformed = stored[..^1];

        var allocated = Measure(() =>
        {
            verifier.Verify(Token, stored);
            verifier.Verify(Token, storedWithPreviousKey);
            verifier.Verify("11111111-2222-3333-4444-555555555555", stored);
            verifier.Verify(Token, malformed);
            verifier.Verify(Token, Token);
        });

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Classify_HashedMalformedAndPlaintext_AllocatesNothing()
    {
        string[] values = [stored, stored[..^1], "$sha512$x", "  $bad", Token.ToUpperInvariant(), "legacy"];

        var allocated = Measure(() =>
        {
            foreach (var value in values)
            {
                StoredValueClassifier.Classify(value);
            }
        });

        Assert.Equal(0, allocated);
    }

    public void Dispose()
    {
        hasher.Dispose();
        ring.Dispose();
        previous.Dispose();
    }

    private static long Measure(Action operation)
    {
        operation();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Operations; i++)
        {
            operation();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
