using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Verification;

public sealed class TokenVerifierTests : IDisposable
{
    private const string Token = "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c";
    private readonly TokenKeyRing ring = FormatVectors.Ring("k2026");
    private readonly TokenHasher hasher;
    private readonly TokenVerifier verifier;

    public TokenVerifierTests()
    {
        hasher = TokenHasher.Create(ring);
        verifier = new TokenVerifier(hasher);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Verify_EmptyPresented_IsInvalid(string? presented)
    {
        Assert.Equal(VerificationResult.Invalid, verifier.Verify(presented, hasher.Hash(Token)));
        Assert.Equal(VerificationResult.Invalid, verifier.Verify(presented, presented));
        Assert.Empty(verifier.GetLookupValues(presented));
        Assert.Empty(TokenVerifier.GetLegacyLookupValues(presented));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public void Verify_EmptyStored_IsInvalid(string? stored)
    {
        Assert.Equal(VerificationResult.Invalid, verifier.Verify(Token, stored));
    }

    [Fact]
    public void Verify_UnknownKeyId_IsInvalid()
    {
        using var otherRing = TokenKeyRing.Generate("k1999");
        using var other = TokenHasher.Create(otherRing);

        Assert.Equal(VerificationResult.Invalid, verifier.Verify(Token, other.Hash(Token)));
        Assert.Equal(StoredValueKind.Hashed, StoredValueClassifier.Classify(other.Hash(Token)).Kind);
    }

    [Fact]
    public void Verify_SameKeyIdButDifferentKeyMaterial_IsInvalid()
    {
        using var impostorRing = TokenKeyRing.Generate("k2026");
        using var impostor = TokenHasher.Create(impostorRing);

        Assert.Equal(VerificationResult.Invalid, verifier.Verify(Token, impostor.Hash(Token)));
    }

    [Fact]
    public void Verify_StoredValuePaddedByAFixedWidthColumn_IsValid()
    {
        var stored = hasher.Hash(Token);

        Assert.Equal(VerificationResult.Valid, verifier.Verify(Token, stored + new string(' ', 80 - stored.Length)));
        Assert.Equal(VerificationResult.Valid, verifier.Verify(Token, " " + stored + "\r\n"));
        Assert.Equal(VerificationResult.Invalid, verifier.Verify("11111111-2222-3333-4444-555555555555", stored + "   "));
    }

    [Fact]
    public void Verify_ClassifierAndVerifierAgreeOnEveryVectorAndMalformedValue()
    {
        // Verify decides plaintext/hashed inline; it must match the one classifier.
        foreach (var value in FormatVectors.Malformed.Select(v => v.GetProperty("stored").GetString()!))
        {
            Assert.Equal(StoredValueKind.Malformed, StoredValueClassifier.Classify(value).Kind);
            Assert.Equal(VerificationResult.Invalid, verifier.Verify(Token, value));
        }

        foreach (var vector in FormatVectors.Vectors)
        {
            var token = vector.GetProperty("token").GetString()!;
            Assert.Equal(StoredValueKind.LegacyPlaintext, StoredValueClassifier.Classify(token).Kind);
            Assert.Equal(VerificationResult.ValidRehashNeeded, verifier.Verify(token, token));
        }
    }

    [Fact]
    public void Verify_NonUuidLegacyPlaintext_ComparesByteForByte()
    {
        Assert.Equal(VerificationResult.ValidRehashNeeded, verifier.Verify(" Legacy ", " Legacy "));
        Assert.Equal(VerificationResult.Invalid, verifier.Verify("Legacy", " Legacy "));
        Assert.Equal(VerificationResult.Invalid, verifier.Verify("legacy", "Legacy"));
    }

    [Fact]
    public void Verify_UnkeyedHasherAgainstUnkeyedValue_IsValid()
    {
        using var unkeyed = TokenHasher.CreateUnkeyed();
        var unkeyedVerifier = new TokenVerifier(unkeyed);

        Assert.Equal(VerificationResult.Valid, unkeyedVerifier.Verify(Token, unkeyed.Hash(Token)));
        Assert.Equal(VerificationResult.Invalid, unkeyedVerifier.Verify(Token, hasher.Hash(Token)));
        Assert.Equal(VerificationResult.ValidRehashNeeded, unkeyedVerifier.Verify(Token, Token));
    }

    [Fact]
    public void Verify_StoredValueWithAnotherTokensDigestUnderTheSameKey_IsInvalid()
    {
        var stored = hasher.Hash("11111111-2222-3333-4444-555555555555");

        Assert.Equal(VerificationResult.Invalid, verifier.Verify(Token, stored));
    }

    [Fact]
    public void GetLookupValues_KeyedHasher_IsActiveThenOtherKeysThenUnkeyed()
    {
        using var unkeyed = TokenHasher.CreateUnkeyed();
        var vector = FormatVectors.Vector("uuid upper case");

        var values = verifier.GetLookupValues(vector.GetProperty("token").GetString());

        Assert.Equal(
            [
                vector.GetProperty("hmac_sha256").GetProperty("k2026").GetString()!,
                vector.GetProperty("hmac_sha256").GetProperty("Max_Length-Id_16").GetString()!,
                vector.GetProperty("hmac_sha256").GetProperty("k2025").GetString()!,
                vector.GetProperty("sha256").GetString()!,
            ],
            values);
    }

    [Fact]
    public void GetLegacyLookupValues_UpperCaseUuidWithWhitespace_IsLowerAndUpperCanonical()
    {
        var values = TokenVerifier.GetLegacyLookupValues(" 3F2B8C1E-7a4d-4E9B-9C2A-5D6E7F8A9B0C\n");

        Assert.Equal([Token, Token.ToUpperInvariant()], values);
    }

    [Fact]
    public void GetLegacyLookupValues_NonUuid_IsTheValueUntouched()
    {
        Assert.Equal([" Legacy "], TokenVerifier.GetLegacyLookupValues(" Legacy "));
    }

    [Fact]
    public void Constructor_NullHasher_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new TokenVerifier(null!));
    }

    public void Dispose()
    {
        hasher.Dispose();
        ring.Dispose();
    }
}
