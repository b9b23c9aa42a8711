using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Canonical;

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

    // Characters that sit next to the accepted ranges, plus lookalikes outside ASCII whose low byte is a hex digit,
    // a dash or whitespace, so a vector check that compared only low bytes or mis-set a range bound would be caught.
    private static readonly char[] SuspectChars =
    [
        .. Enumerable.Range(0, 128).Select(i => (char)i),
        '\u0130', '\u0141', '\u0161', '\u012d', '\u0130', '\u0230', '\u0161', '\u0166', '\u0241', '\u1030', '\u3030', '\uff10',
        '\uff21', '\uff41', '\uff0d', '\u2010', '\u2011', '\u0660', '\u00a0', '\u00c1', '\u00e1', '\ud800', '\udc00', '\uffff',
    ];

    [Fact]
    public void IsUuidShaped_EveryPositionWithEverySuspectCharacter_AgreesWithTheScalarCheck()
    {
        const string Uuid = "3f2b8c1e-7a4d-4e9b-9c2a-5d6E7F8A9B0C";
        var chars = Uuid.ToCharArray();
        var disagreements = new List<string>();
        for (var position = 0; position < chars.Length; position++)
        {
            foreach (var suspect in SuspectChars)
            {
                chars[position] = suspect;
                if (CanonicalToken.IsUuidShaped(chars) != CanonicalToken.IsUuidShapedScalar(chars))
                {
                    disagreements.Add($"{position}:U+{(int)suspect:X4}");
                }
            }

            chars[position] = Uuid[position];
        }

        Assert.Empty(disagreements);
        Assert.True(CanonicalToken.IsUuidShaped(chars));
    }

    [Fact]
    public void IsUuidShapedUtf8_EveryPositionWithEveryByte_AgreesWithTheScalarCheck()
    {
        var bytes = "3f2b8c1e-7a4d-4e9b-9c2a-5d6E7F8A9B0C"u8.ToArray();
        var original = bytes.ToArray();
        var disagreements = new List<string>();
        for (var position = 0; position < bytes.Length; position++)
        {
            for (var value = 0; value < 256; value++)
            {
                bytes[position] = (byte)value;
                if (CanonicalToken.IsUuidShaped((ReadOnlySpan<byte>)bytes) != CanonicalToken.IsUuidShapedScalar((ReadOnlySpan<byte>)bytes))
                {
                    disagreements.Add($"{position}:0x{value:X2}");
                }
            }

            bytes[position] = original[position];
        }

        Assert.Empty(disagreements);
        Assert.True(CanonicalToken.IsUuidShaped((ReadOnlySpan<byte>)bytes));
    }

    [Fact]
    public void IsUuidShaped_RandomUuidsAndNearMisses_AgreesWithTheScalarCheck()
    {
        var tokens = new RandomTokens(36);
        for (var i = 0; i < 2000; i++)
        {
            var value = i % 2 == 0 ? tokens.Variant(tokens.Uuid()).Trim() : tokens.Next();
            Assert.Equal(CanonicalToken.IsUuidShapedScalar(value), CanonicalToken.IsUuidShaped(value));
            var utf8 = System.Text.Encoding.UTF8.GetBytes(value);
            Assert.Equal(CanonicalToken.IsUuidShapedScalar(value), CanonicalToken.IsUuidShaped((ReadOnlySpan<byte>)utf8));
        }
    }

    [Theory]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c", true)]
    [InlineData("3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C", true)]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0", false)]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a5-d6e7f8a9b0c", false)]
    [InlineData("3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0g", false)]
    public void IsUuidShapedScalar_Value_AgreesWithTheDesign(string value, bool expected)
    {
        Assert.Equal(expected, CanonicalToken.IsUuidShapedScalar(value));
        Assert.Equal(expected, CanonicalToken.IsUuidShapedScalar((ReadOnlySpan<byte>)System.Text.Encoding.UTF8.GetBytes(value)));
    }
}
