using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Formats;

public sealed class StoredFormatTests
{
    [Fact]
    public void Lengths_Always_FitVarchar80()
    {
        Assert.Equal(75, StoredFormat.MaxLength);
        Assert.Equal(51, StoredFormat.Sha256Length);
        Assert.Equal(StoredFormat.MaxLength, StoredFormat.HmacLength(KeyIdRules.MaxLength));
        Assert.Equal("$hmac-sha256$k=k2026$".Length + StoredFormat.DigestChars, StoredFormat.HmacLength(5));
    }

    [Theory]
    [InlineData("k2026", true)]
    [InlineData("A_b-9", true)]
    [InlineData("abcdefghijklmnop", true)]
    [InlineData("abcdefghijklmnopq", false)]
    [InlineData("", false)]
    [InlineData("k 2026", false)]
    [InlineData("k$2026", false)]
    [InlineData("k=2026", false)]
    [InlineData("k\u00e92026", false)]
    public void IsValid_KeyId_FollowsThePattern(string keyId, bool expected)
    {
        Assert.Equal(expected, KeyIdRules.IsValid(keyId));
    }

    [Fact]
    public void Parse_CanonicalValue_HasNoProblemAndSpansOverTheValue()
    {
        var stored = FormatVectors.Vector("uuid lower case").GetProperty("hmac_sha256").GetProperty("k2026").GetString()!;

        var parsed = StoredFormat.Parse(stored);

        Assert.Null(parsed.Problem);
        Assert.Equal(StoredHashAlgorithm.HmacSha256, parsed.Algorithm);
        Assert.Equal("k2026", parsed.KeyId.ToString());
        Assert.Equal(stored[^StoredFormat.DigestChars..], parsed.Digest.ToString());
    }
}
