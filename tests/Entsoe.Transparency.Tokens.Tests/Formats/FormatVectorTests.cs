using System.Text;
using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Formats;

/// <summary>
/// The library against Vectors/format-vectors.json. The file was computed once by
/// Vectors/generate_format_vectors.py with Python's hmac/hashlib/base64, independently of this library; these tests
/// only compare the library's output with the file's exact strings.
/// </summary>
public sealed class FormatVectorTests
{
    public static TheoryData<string> VectorNames => [.. FormatVectors.Vectors.Select(v => v.GetProperty("name").GetString()!)];

    public static TheoryData<string> MalformedNames => [.. FormatVectors.Malformed.Select(v => v.GetProperty("name").GetString()!)];

    [Fact]
    public void File_Schema_IsVersionOne()
    {
        Assert.Equal("entsoe-token-format-vectors/1", FormatVectors.Root.GetProperty("schema").GetString());
        Assert.True(FormatVectors.Vectors.Count() >= 15);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Hash_EachKeyOfTheVectorFile_EqualsTheFileExactly(string name)
    {
        var vector = FormatVectors.Vector(name);
        var token = vector.GetProperty("token").GetString()!;
        foreach (var expected in vector.GetProperty("hmac_sha256").EnumerateObject())
        {
            using var ring = FormatVectors.Ring(expected.Name);
            using var hasher = TokenHasher.Create(ring);

            var stored = hasher.Hash(token);

            Assert.Equal(expected.Value.GetString(), stored);
            Assert.Equal(hasher.StoredLength, stored.Length);
        }
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void TryHash_EachVector_WritesTheSameCharactersAsTheFile(string name)
    {
        var vector = FormatVectors.Vector(name);
        using var ring = FormatVectors.Ring("k2026");
        using var hasher = TokenHasher.Create(ring);
        Span<char> destination = stackalloc char[StoredFormat.MaxLength];

        var ok = hasher.TryHash(vector.GetProperty("token").GetString(), destination, out var written);

        Assert.True(ok);
        Assert.Equal(vector.GetProperty("hmac_sha256").GetProperty("k2026").GetString(), destination[..written].ToString());
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void HashUnkeyed_EachVector_EqualsTheFileSha256Value(string name)
    {
        var vector = FormatVectors.Vector(name);
        using var hasher = TokenHasher.CreateUnkeyed();

        var stored = hasher.Hash(vector.GetProperty("token").GetString()!);

        Assert.Equal(vector.GetProperty("sha256").GetString(), stored);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Canonicalize_EachVector_EqualsTheFileCanonicalFormAndBytes(string name)
    {
        var vector = FormatVectors.Vector(name);
        var token = vector.GetProperty("token").GetString()!;
        var buffer = new byte[CanonicalToken.MaxUtf8Length(token)];

        var canonical = CanonicalToken.Canonicalize(token);
        var ok = CanonicalToken.TryWriteUtf8(token, buffer, out var written);

        Assert.Equal(vector.GetProperty("canonical").GetString(), canonical);
        Assert.True(ok);
        Assert.Equal(vector.GetProperty("canonical_utf8_hex").GetString(), Convert.ToHexStringLower(buffer, 0, written));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Describe_EachVector_EqualsTheFileFlags(string name)
    {
        var vector = FormatVectors.Vector(name);
        var expected = vector.GetProperty("flags").EnumerateArray()
            .Aggregate(CanonicalFlags.None, (flags, f) => flags | Enum.Parse<CanonicalFlags>(f.GetString()!));

        var flags = CanonicalToken.Describe(vector.GetProperty("token").GetString());

        Assert.Equal(expected, flags);
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Verify_EachVectorAgainstEachStoredForm_GivesTheResultOfItsKey(string name)
    {
        var vector = FormatVectors.Vector(name);
        var token = vector.GetProperty("token").GetString()!;
        using var ring = FormatVectors.Ring("k2026");
        using var hasher = TokenHasher.Create(ring);
        var verifier = new TokenVerifier(hasher);

        foreach (var stored in vector.GetProperty("hmac_sha256").EnumerateObject())
        {
            var expected = stored.Name == "k2026" ? VerificationResult.Valid : VerificationResult.ValidRehashNeeded;
            Assert.Equal(expected, verifier.Verify(token, stored.Value.GetString()));
        }

        Assert.Equal(VerificationResult.ValidRehashNeeded, verifier.Verify(token, vector.GetProperty("sha256").GetString()));
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Classify_EachStoredVector_IsHashedWithItsAlgorithmAndKeyId(string name)
    {
        var vector = FormatVectors.Vector(name);

        foreach (var stored in vector.GetProperty("hmac_sha256").EnumerateObject())
        {
            var info = StoredValueClassifier.Classify(stored.Value.GetString());
            Assert.Equal(new StoredValueInfo(StoredValueKind.Hashed, StoredHashAlgorithm.HmacSha256, stored.Name, CanonicalFlags.None, null), info);
        }

        var sha = StoredValueClassifier.Classify(vector.GetProperty("sha256").GetString());
        Assert.Equal(new StoredValueInfo(StoredValueKind.Hashed, StoredHashAlgorithm.Sha256, null, CanonicalFlags.None, null), sha);
    }

    [Theory]
    [MemberData(nameof(MalformedNames))]
    public void Classify_EachMalformedVector_IsMalformedWithAProblem(string name)
    {
        var stored = FormatVectors.Malformed.Single(v => v.GetProperty("name").GetString() == name).GetProperty("stored").GetString();

        var info = StoredValueClassifier.Classify(stored);

        Assert.Equal(StoredValueKind.Malformed, info.Kind);
        Assert.False(string.IsNullOrWhiteSpace(info.Problem));
        Assert.Null(info.KeyId);
    }

    [Theory]
    [MemberData(nameof(MalformedNames))]
    public void Verify_EachMalformedVector_IsInvalid(string name)
    {
        var stored = FormatVectors.Malformed.Single(v => v.GetProperty("name").GetString() == name).GetProperty("stored").GetString();
        using var ring = FormatVectors.Ring("k2026");
        using var hasher = TokenHasher.Create(ring);

        var result = new TokenVerifier(hasher).Verify(FormatVectors.Vector("uuid lower case").GetProperty("token").GetString(), stored);

        Assert.Equal(VerificationResult.Invalid, result);
    }

    [Fact]
    public void IsValid_PrefixedVectors_AreValidAndCarryTheFileChecksum()
    {
        foreach (var vector in FormatVectors.Prefixed)
        {
            var token = vector.GetProperty("token").GetString()!;

            Assert.True(PrefixedToken.IsValid(token));
            Assert.Equal(PrefixedToken.Prefix + vector.GetProperty("body").GetString(), token[..(PrefixedToken.Prefix.Length + PrefixedToken.BodyLength)]);
        }
    }

    [Fact]
    public void Vectors_UpperLowerWhitespaceVariantsOfOneUuid_ShareOneStoredValue()
    {
        string Stored(string name) => FormatVectors.Vector(name).GetProperty("hmac_sha256").GetProperty("k2026").GetString()!;

        var lower = Stored("uuid lower case");

        Assert.Equal(lower, Stored("uuid upper case"));
        Assert.Equal(lower, Stored("uuid mixed case"));
        Assert.Equal(lower, Stored("uuid with surrounding space, tab, CR, LF"));
        Assert.NotEqual(lower, Stored("uuid without hyphens is not a uuid"));
        Assert.NotEqual(Stored("unicode precomposed (NFC)"), Stored("unicode decomposed (NFD) hashes differently"));
    }

    [Fact]
    public void Vectors_MaxLengthKeyId_ProducesTheLongestStoredValue()
    {
        var stored = FormatVectors.Vector("uuid lower case").GetProperty("hmac_sha256").GetProperty("Max_Length-Id_16").GetString()!;

        Assert.Equal(StoredFormat.MaxLength, stored.Length);
        Assert.Equal(75, StoredFormat.MaxLength);
        Assert.Equal(StoredFormat.HmacLength(16), stored.Length);
        Assert.True(Encoding.UTF8.GetByteCount(stored) <= 80);
    }
}
