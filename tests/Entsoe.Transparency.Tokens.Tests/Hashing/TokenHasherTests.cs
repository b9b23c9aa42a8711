using System.Collections.Concurrent;
using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Hashing;

public sealed class TokenHasherTests
{
    [Fact]
    public void Create_RingWithTwoKeys_ExposesActiveFirst()
    {
        using var old = TokenKeyRing.Generate("k2025");
        using var ring = old.Rotate("k2026");
        using var hasher = TokenHasher.Create(ring);

        Assert.Equal("k2026", hasher.ActiveKeyId);
        Assert.Equal(["k2026", "k2025"], hasher.KeyIds);
        Assert.True(hasher.HasKey("k2025"));
        Assert.False(hasher.HasKey("k2024"));
        Assert.True(hasher.IsKeyed);
        Assert.Equal(StoredFormat.HmacLength(5), hasher.StoredLength);
    }

    [Fact]
    public void CreateUnkeyed_Always_HasNoKeysAndSha256Length()
    {
        using var hasher = TokenHasher.CreateUnkeyed();

        Assert.Null(hasher.ActiveKeyId);
        Assert.False(hasher.IsKeyed);
        Assert.Empty(hasher.KeyIds);
        Assert.Equal(StoredFormat.Sha256Length, hasher.StoredLength);
        Assert.StartsWith("$sha256$", hasher.Hash("token"), StringComparison.Ordinal);
    }

    [Fact]
    public void TryHash_DestinationTooShort_ReturnsFalseAndWritesNothing()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        var destination = new char[hasher.StoredLength - 1];

        var ok = hasher.TryHash("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c", destination, out var written);

        Assert.False(ok);
        Assert.Equal(0, written);
        Assert.All(destination, c => Assert.Equal('\0', c));
    }

    [Fact]
    public void Hash_Null_ThrowsArgumentNull()
    {
        using var hasher = TokenHasher.CreateUnkeyed();

        Assert.Throws<ArgumentNullException>(() => hasher.Hash(null!));
    }

    [Fact]
    public void Hash_TokenLongerThanTheStackBuffer_MatchesTheSameTokenHashedTwice()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        var token = new string('\u20ac', 5000);

        var stored = hasher.Hash(token);

        Assert.Equal(stored, hasher.Hash(token));
        Assert.NotEqual(stored, hasher.Hash(token[1..]));
        Assert.Equal(VerificationResult.Valid, new TokenVerifier(hasher).Verify(token, stored));
    }

    [Fact]
    public void Hash_LoneSurrogate_DoesNotThrow()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);

        var stored = hasher.Hash("abc\ud800def");

        Assert.Equal(hasher.StoredLength, stored.Length);
    }

    [Fact]
    public void Hash_ManyThreadsAndKeysAtOnce_SameResultsAsSingleThreaded()
    {
        using var old = TokenKeyRing.Generate("k2025");
        using var ring = old.Rotate("k2026");
        using var hasher = TokenHasher.Create(ring);
        var verifier = new TokenVerifier(hasher);
        var tokens = new RandomTokens(42);
        var inputs = Enumerable.Range(0, 400).Select(_ => tokens.Next()).ToArray();
        var expected = inputs.Select(t => (Hash: hasher.Hash(t), Lookup: string.Join("|", verifier.GetLookupValues(t)))).ToArray();
        var mismatches = new ConcurrentBag<string>();
        using var start = new Barrier(8);

        // More threads than cores, all released together, each walking the inputs from a different place and
        // interleaving keys (lookups hash with every key), so contexts are created and reused concurrently.
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            var buffer = new char[StoredFormat.MaxLength];
            start.SignalAndWait();
            for (var round = 0; round < 3; round++)
            {
                for (var n = 0; n < inputs.Length; n++)
                {
                    var i = (n + (t * 53)) % inputs.Length;
                    hasher.TryHash(inputs[i], buffer, out var written);
                    if (!buffer.AsSpan(0, written).SequenceEqual(expected[i].Hash)
                        || hasher.Hash(inputs[i]) != expected[i].Hash
                        || string.Join("|", verifier.GetLookupValues(inputs[i])) != expected[i].Lookup
                        || verifier.Verify(inputs[i], expected[i].Hash) != VerificationResult.Valid)
                    {
                        mismatches.Add($"thread {t}, input {i}");
                    }
                }
            }
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Hash_ParallelForOverTheThreadPool_SameResultsAsSingleThreaded()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);
        var tokens = new RandomTokens(43);
        var inputs = Enumerable.Range(0, 2000).Select(_ => tokens.Uuid()).ToArray();
        var expected = inputs.Select(hasher.Hash).ToArray();
        var actual = new string[inputs.Length];

        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => actual[i] = hasher.Hash(inputs[i]));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Hash_TwoHashersWithTheSameKeyIdButDifferentKeys_DoNotShareState()
    {
        using var ringA = TokenKeyRing.Generate("k2026");
        using var ringB = TokenKeyRing.Generate("k2026");
        using var a = TokenHasher.Create(ringA);
        using var b = TokenHasher.Create(ringB);
        const string token = "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c";

        var first = a.Hash(token);
        var second = b.Hash(token);

        Assert.NotEqual(first, second);
        Assert.Equal(first, a.Hash(token));
        Assert.Equal(second, b.Hash(token));
    }

    [Fact]
    public void Hash_AfterDispose_Throws()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        var hasher = TokenHasher.Create(ring);
        hasher.Hash("warm-up");

        hasher.Dispose();

        Assert.Throws<ObjectDisposedException>(() => hasher.Hash("token"));
    }
}
