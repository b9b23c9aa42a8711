using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Verification;

/// <summary>
/// Properties over many seeded random tokens (UUIDs, prefixed-looking, ASCII, unicode). A failure names the seed
/// and the iteration, so it reproduces.
/// </summary>
public sealed class TokenVerifierPropertyTests : IDisposable
{
    private const int Iterations = 1500;
    private const string BadDigestCharacters = "+/=*. \u00e9$";
    private readonly TokenKeyRing oldRing = TokenKeyRing.Generate("k2025");
    private readonly TokenKeyRing ring;
    private readonly TokenHasher hasher;
    private readonly TokenHasher oldHasher;
    private readonly TokenVerifier verifier;

    public TokenVerifierPropertyTests()
    {
        ring = oldRing.Rotate("k2026");
        hasher = TokenHasher.Create(ring);
        oldHasher = TokenHasher.Create(oldRing);
        verifier = new TokenVerifier(hasher);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Verify_HashedRandomToken_IsValid(int seed)
    {
        var tokens = new RandomTokens(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var token = tokens.Next();

            var result = verifier.Verify(token, hasher.Hash(token));

            Assert.True(result == VerificationResult.Valid, $"seed {seed}, iteration {i}: {result}");
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Verify_AnyOtherToken_IsInvalid(int seed)
    {
        var tokens = new RandomTokens(seed);
        for (var i = 0; i < Iterations; i++)
        {
            var token = tokens.Next();
            var other = tokens.Next();
            if (CanonicalToken.Canonicalize(token) == CanonicalToken.Canonicalize(other))
            {
                continue;
            }

            Assert.True(verifier.Verify(other, hasher.Hash(token)) == VerificationResult.Invalid, $"seed {seed}, iteration {i}: hashed");
            Assert.True(verifier.Verify(other, token) == VerificationResult.Invalid, $"seed {seed}, iteration {i}: plaintext");
            Assert.True(verifier.Verify(other, oldHasher.Hash(token)) == VerificationResult.Invalid, $"seed {seed}, iteration {i}: old key");
        }
    }

    [Fact]
    public void Verify_TokenDifferingInOneCharacter_IsInvalid()
    {
        var tokens = new RandomTokens(5);
        for (var i = 0; i < Iterations; i++)
        {
            var token = tokens.Uuid();
            var chars = token.ToCharArray();
            var position = tokens.Random.Next(chars.Length);
            chars[position] = chars[position] == '-' ? '0' : chars[position] == 'f' ? '0' : 'f';
            var typo = new string(chars);

            Assert.True(verifier.Verify(typo, hasher.Hash(token)) == VerificationResult.Invalid, $"iteration {i}");
        }
    }

    [Fact]
    public void Verify_CanonicalVariantsOfAUuid_AreValidAgainstItsHash()
    {
        var tokens = new RandomTokens(6);
        for (var i = 0; i < Iterations; i++)
        {
            var token = tokens.Uuid();
            var variant = tokens.Variant(token);

            Assert.True(verifier.Verify(variant, hasher.Hash(token)) == VerificationResult.Valid, $"iteration {i}: variant of hashed");
            Assert.True(verifier.Verify(token, hasher.Hash(variant)) == VerificationResult.Valid, $"iteration {i}: hashed variant");
            Assert.True(verifier.Verify(variant, token) == VerificationResult.ValidRehashNeeded, $"iteration {i}: legacy plaintext");
            Assert.True(verifier.Verify(token, variant) == VerificationResult.ValidRehashNeeded, $"iteration {i}: legacy variant");
        }
    }

    [Fact]
    public void Verify_TokenHashedWithAnOlderKeyOrUnkeyed_IsValidRehashNeeded()
    {
        using var unkeyed = TokenHasher.CreateUnkeyed();
        var tokens = new RandomTokens(7);
        for (var i = 0; i < Iterations / 3; i++)
        {
            var token = tokens.Next();

            Assert.True(verifier.Verify(token, oldHasher.Hash(token)) == VerificationResult.ValidRehashNeeded, $"iteration {i}: old key");
            Assert.True(verifier.Verify(token, unkeyed.Hash(token)) == VerificationResult.ValidRehashNeeded, $"iteration {i}: unkeyed");
            Assert.True(verifier.Verify(token, token) == VerificationResult.ValidRehashNeeded, $"iteration {i}: plaintext");
        }
    }

    [Fact]
    public void Verify_PresentedValueStartingWithDollar_NeverVerifies()
    {
        using var unkeyed = TokenHasher.CreateUnkeyed();
        var tokens = new RandomTokens(8);
        for (var i = 0; i < Iterations / 3; i++)
        {
            var stored = hasher.Hash(tokens.Next());
            var unkeyedStored = unkeyed.Hash(tokens.Next());
            var dollarToken = "$" + tokens.Next();

            // Pass-the-hash: the stored value itself, with or without whitespace, against every kind of stored value.
            Assert.True(verifier.Verify(stored, stored) == VerificationResult.Invalid, $"iteration {i}");
            Assert.True(verifier.Verify(" \t" + stored + "\n", stored) == VerificationResult.Invalid, $"iteration {i}");
            Assert.True(verifier.Verify(unkeyedStored, unkeyedStored) == VerificationResult.Invalid, $"iteration {i}");
            Assert.True(verifier.Verify(dollarToken, hasher.Hash(dollarToken)) == VerificationResult.Invalid, $"iteration {i}");
            Assert.True(verifier.Verify(dollarToken, unkeyed.Hash(dollarToken)) == VerificationResult.Invalid, $"iteration {i}");
            Assert.Empty(verifier.GetLookupValues(stored));
            Assert.Empty(TokenVerifier.GetLegacyLookupValues(dollarToken));
        }
    }

    [Fact]
    public void Verify_MalformedStoredValues_AreInvalidWithoutExceptions()
    {
        var tokens = new RandomTokens(9);
        for (var i = 0; i < Iterations / 3; i++)
        {
            var token = tokens.Next();
            var stored = hasher.Hash(token);
            var digest = stored[(stored.LastIndexOf('$') + 1)..];
            string[] damaged =
            [
                stored[..tokens.Random.Next(1, stored.Length)],
                stored + digest[..tokens.Random.Next(1, 5)],
                Replace(stored, stored.Length - 1 - tokens.Random.Next(digest.Length), BadDigestCharacters[tokens.Random.Next(BadDigestCharacters.Length)]),
                "$hmac-sha256$k=unknown$" + digest,
                "$hmac-sha1$k=k2026$" + digest,
                "$sha512$" + digest,
                "$argon2id$v=19$m=19456,t=2,p=1$" + digest,
                "$" + token,
            ];

            foreach (var value in damaged)
            {
                var info = StoredValueClassifier.Classify(value);
                var result = verifier.Verify(token, value);

                Assert.True(result == VerificationResult.Invalid, $"iteration {i}: {info}");
                Assert.True(
                    info.Kind == StoredValueKind.Malformed
                    || (info.Kind == StoredValueKind.Hashed && info.KeyId is { } id && !hasher.HasKey(id)),
                    $"iteration {i}: {info}");
            }
        }
    }

    [Fact]
    public void GetLookupValues_RandomToken_ContainsItsStoredValueActiveFirst()
    {
        var tokens = new RandomTokens(10);
        for (var i = 0; i < Iterations / 3; i++)
        {
            var token = tokens.Next();

            var values = verifier.GetLookupValues(token);

            Assert.Equal(hasher.Hash(token), values[0]);
            Assert.Contains(oldHasher.Hash(token), values);
            Assert.All(values, v => Assert.NotEqual(VerificationResult.Invalid, verifier.Verify(token, v)));
        }
    }

    public void Dispose()
    {
        hasher.Dispose();
        oldHasher.Dispose();
        ring.Dispose();
        oldRing.Dispose();
    }

    private static string Replace(string value, int index, char replacement)
    {
        var chars = value.ToCharArray();
        chars[index] = chars[index] == replacement ? '*' : replacement;
        return new string(chars);
    }
}
