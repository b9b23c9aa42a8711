namespace Entsoe.Transparency.Tokens.Tests.Generation;

public sealed class TokenGeneratorTests
{
    [Fact]
    public void Generate_Uuid_IsLowerCaseVersion4WithRfc9562Variant()
    {
        for (var i = 0; i < 200; i++)
        {
            var token = TokenGenerator.Generate();

            Assert.True(CanonicalToken.IsUuidShaped(token));
            Assert.Equal(token.ToLowerInvariant(), token);
            Assert.Equal('4', token[14]);
            Assert.Contains(token[19], "89ab");
            Assert.Equal(CanonicalFlags.None, CanonicalToken.Describe(token));
        }
    }

    [Fact]
    public void Generate_ManyUuids_AllDistinctAndEveryRandomNibbleVaries()
    {
        var tokens = Enumerable.Range(0, 2000).Select(_ => TokenGenerator.Generate(TokenFormat.Uuid)).ToArray();

        Assert.Equal(tokens.Length, tokens.Distinct(StringComparer.Ordinal).Count());
        for (var position = 0; position < CanonicalToken.UuidLength; position++)
        {
            if (position is 8 or 13 or 18 or 23 or 14)
            {
                continue;
            }

            // 2000 draws of a uniformly random hex digit (or of the 4 variant digits) always show more than one value.
            Assert.True(tokens.Select(t => t[position]).Distinct().Count() > 1, $"position {position} never varies");
        }
    }

    [Fact]
    public void Generate_Prefixed_IsValidAndDistinct()
    {
        var tokens = Enumerable.Range(0, 500).Select(_ => TokenGenerator.Generate(TokenFormat.Prefixed)).ToArray();

        Assert.All(tokens, t =>
        {
            Assert.Equal(PrefixedToken.Length, t.Length);
            Assert.StartsWith(PrefixedToken.Prefix, t, StringComparison.Ordinal);
            Assert.True(PrefixedToken.IsValid(t));
            Assert.True(TokenShape.IsKnownShape(t));
        });
        Assert.Equal(tokens.Length, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_UnknownFormat_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TokenGenerator.Generate((TokenFormat)99));
    }

    [Theory]
    [InlineData(TokenFormat.Uuid)]
    [InlineData(TokenFormat.Prefixed)]
    public void Issue_Format_StoredValueVerifiesTheRevealedToken(TokenFormat format)
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);

        var issued = TokenGenerator.Issue(hasher, format);

        Assert.Equal(format, issued.Format);
        Assert.Equal(hasher.Hash(issued.RevealToken()), issued.StoredValue);
        Assert.Equal(VerificationResult.Valid, new TokenVerifier(hasher).Verify(issued.RevealToken(), issued.StoredValue));
        Assert.Equal(StoredValueKind.Hashed, StoredValueClassifier.Classify(issued.StoredValue).Kind);
    }

    [Fact]
    public void ToString_IssuedToken_ShowsNeitherTokenNorHash()
    {
        using var ring = TokenKeyRing.Generate("k2026");
        using var hasher = TokenHasher.Create(ring);

        var issued = TokenGenerator.Issue(hasher);
        var text = issued.ToString();

        Assert.DoesNotContain(issued.RevealToken(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(issued.RevealToken()[..8], text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(issued.StoredValue, text, StringComparison.Ordinal);
        Assert.Equal("IssuedToken(Uuid, token hidden)", text);
    }

    [Fact]
    public void IssuedToken_PublicSurface_HasNoPropertyReturningThePlaintext()
    {
        var properties = typeof(IssuedToken).GetProperties();

        Assert.Equal(["Format", "StoredValue"], properties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Issue_NullHasher_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TokenGenerator.Issue(null!));
    }
}
