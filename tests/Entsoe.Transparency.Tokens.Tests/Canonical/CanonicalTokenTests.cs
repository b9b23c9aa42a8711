namespace Entsoe.Transparency.Tokens.Tests;

public sealed class CanonicalTokenTests
{
    [Theory]
    [InlineData("3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C", "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c")]
    [InlineData("\t3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c \r\n", "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c")]
    [InlineData(" Not A Uuid ", " Not A Uuid ")]
    [InlineData("\u00a03F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C", "\u00a03F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C")]
    [InlineData("3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C\v", "3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C\v")]
    public void Canonicalize_Token_IsTheDesignsCanonicalForm(string token, string expected)
    {
        Assert.Equal(expected, CanonicalToken.Canonicalize(token));
    }

    [Theory]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c", true)]
    [InlineData("3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C", true)]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0", false)]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c0", false)]
    [InlineData("3f2b8c1e+7a4d-4e9b-9c2a-5d6e7f8a9b0c", false)]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0z", false)]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a5-d6e7f8a9b0c", false)]
    [InlineData("\uff13f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0", false)]
    [InlineData(" 3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c", false)]
    public void IsUuidShaped_Value_OnlyExact8444012HexDigits(string value, bool expected)
    {
        Assert.Equal(expected, CanonicalToken.IsUuidShaped(value));
    }

    [Fact]
    public void TryWriteUtf8_DestinationTooSmall_ReturnsFalseWithTheSizeNeeded()
    {
        var small = new byte[3];

        Assert.False(CanonicalToken.TryWriteUtf8("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c", small, out var uuidNeeded));
        Assert.Equal(36, uuidNeeded);
        Assert.False(CanonicalToken.TryWriteUtf8("\u00e9\u00e9", small, out var unicodeNeeded));
        Assert.Equal(4, unicodeNeeded);
    }

    [Fact]
    public void Canonicalize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CanonicalToken.Canonicalize(null!));
    }

    [Fact]
    public void Canonicalize_EveryHexDigitInEitherCase_LowerCasesLikeTheInvariantCulture()
    {
        foreach (var c in "0123456789abcdefABCDEF")
        {
            var token = $"{new string(c, 8)}-{new string(c, 4)}-{new string(c, 4)}-{new string(c, 4)}-{new string(c, 12)}";
            var buffer = new byte[CanonicalToken.UuidLength];

            CanonicalToken.TryWriteUtf8(token, buffer, out _);

            Assert.Equal(token.ToLowerInvariant(), CanonicalToken.Canonicalize(token));
            Assert.Equal(System.Text.Encoding.ASCII.GetBytes(token.ToLowerInvariant()), buffer);
        }
    }
}
