using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Classification;

public sealed class StoredValueClassifierTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n ")]
    public void Classify_NullEmptyOrWhitespace_IsEmpty(string? stored)
    {
        Assert.Equal(StoredValueInfo.Empty, StoredValueClassifier.Classify(stored));
    }

    [Theory]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c", CanonicalFlags.None)]
    [InlineData("3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C", CanonicalFlags.CaseNormalized)]
    [InlineData(" 3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c\r\n", CanonicalFlags.Whitespace)]
    [InlineData(" 3F2B8C1E-7a4d-4e9b-9c2a-5d6e7f8a9b0c ", CanonicalFlags.Whitespace | CanonicalFlags.CaseNormalized)]
    [InlineData("legacy-token", CanonicalFlags.NonUuid)]
    [InlineData("3f2b8c1e7a4d4e9b9c2a5d6e7f8a9b0c", CanonicalFlags.NonUuid)]
    public void Classify_Plaintext_IsLegacyPlaintextWithFlags(string stored, CanonicalFlags flags)
    {
        var info = StoredValueClassifier.Classify(stored);

        Assert.Equal(new StoredValueInfo(StoredValueKind.LegacyPlaintext, StoredHashAlgorithm.None, null, flags, null), info);
    }

    [Fact]
    public void Classify_SameKeyIdOnManyRows_ReturnsOneInternedString()
    {
        var stored = FormatVectors.Vector("uuid lower case").GetProperty("hmac_sha256").GetProperty("k2026").GetString()!;

        var first = StoredValueClassifier.Classify(new string(stored.AsSpan()));
        var second = StoredValueClassifier.Classify(new string(stored.AsSpan()));

        Assert.Equal("k2026", first.KeyId);
        Assert.Same(first.KeyId, second.KeyId);
    }

    [Fact]
    public void Classify_SpanAndStringOverloads_Agree()
    {
        foreach (var vector in FormatVectors.Malformed.Select(v => v.GetProperty("stored").GetString()!)
                     .Concat(FormatVectors.Vectors.Select(v => v.GetProperty("token").GetString()!)))
        {
            Assert.Equal(StoredValueClassifier.Classify(vector), StoredValueClassifier.Classify(vector.AsSpan()));
        }
    }

    [Theory]
    [InlineData("$hmac-sha256$k=k2026", "truncated")]
    [InlineData("$hmac-sha256$k=$AAAA", "key id")]
    [InlineData("$md5$AAAA", "unknown format tag")]
    [InlineData("$sha256$AAAA", "43")]
    public void Classify_Malformed_ProblemSaysWhy(string stored, string expected)
    {
        var info = StoredValueClassifier.Classify(stored);

        Assert.Equal(StoredValueKind.Malformed, info.Kind);
        Assert.Contains(expected, info.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_EveryPrefixOfAStoredValue_IsMalformedNeverLegacy()
    {
        var stored = FormatVectors.Vector("uuid lower case").GetProperty("hmac_sha256").GetProperty("k2026").GetString()!;

        for (var length = 1; length < stored.Length; length++)
        {
            Assert.Equal(StoredValueKind.Malformed, StoredValueClassifier.Classify(stored[..length]).Kind);
        }
    }

    [Theory]
    [InlineData("{0}     ")]
    [InlineData(" {0}")]
    [InlineData("\t{0}\r\n")]
    public void Classify_StoredValuePaddedByAFixedWidthColumn_IsStillHashed(string pattern)
    {
        var stored = FormatVectors.Vector("uuid lower case").GetProperty("hmac_sha256").GetProperty("k2026").GetString()!;

        var info = StoredValueClassifier.Classify(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, stored));

        Assert.Equal(new StoredValueInfo(StoredValueKind.Hashed, StoredHashAlgorithm.HmacSha256, "k2026", CanonicalFlags.None, null), info);
    }

    [Fact]
    public void Classify_PaddedDollarGarbage_IsMalformedNotPlaintext()
    {
        Assert.Equal(StoredValueKind.Malformed, StoredValueClassifier.Classify("  $not-ours  ").Kind);
    }
}
