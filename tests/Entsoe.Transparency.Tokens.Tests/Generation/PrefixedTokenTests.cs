using Entsoe.Transparency.Tokens.Tests.TestSupport;

namespace Entsoe.Transparency.Tokens.Tests.Generation;

public sealed class PrefixedTokenTests
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    [Fact]
    public void IsValid_EverySingleCharacterSubstitution_IsRejected()
    {
        // CRC32 detects every error burst of 32 bits or less, so any one changed character is caught offline.
        var token = FormatVectors.Prefixed.First().GetProperty("token").GetString()!;
        for (var position = PrefixedToken.Prefix.Length; position < token.Length; position++)
        {
            foreach (var replacement in Alphabet)
            {
                if (replacement == token[position])
                {
                    continue;
                }

                var typo = string.Concat(token.AsSpan(0, position), replacement.ToString(), token.AsSpan(position + 1));
                Assert.False(PrefixedToken.IsValid(typo), $"position {position}, '{replacement}'");
            }
        }
    }

    [Fact]
    public void IsValid_EveryAdjacentTransposition_IsRejected()
    {
        var token = FormatVectors.Prefixed.First().GetProperty("token").GetString()!;
        for (var position = PrefixedToken.Prefix.Length; position < token.Length - 1; position++)
        {
            if (token[position] == token[position + 1])
            {
                continue;
            }

            var chars = token.ToCharArray();
            (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
            Assert.False(PrefixedToken.IsValid(new string(chars)), $"position {position}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("etp_")]
    [InlineData("ETP_0123456789abcdefghijABCDEFGHIJ000000")]
    [InlineData("etp-0123456789abcdefghijABCDEFGHIJ000000")]
    [InlineData("etp_0123456789abcdefghijABCDEFGHI_000000")]
    [InlineData("etp_0123456789abcdefghijABCDEFGHIJ00000")]
    public void IsValid_WrongPrefixLengthOrAlphabet_IsFalse(string token)
    {
        Assert.False(PrefixedToken.IsValid(token));
    }

    [Fact]
    public void IsKnownShape_PrefixedWithWhitespaceOrUuid_IsTrueButGarbageIsFalse()
    {
        var token = FormatVectors.Prefixed.First().GetProperty("token").GetString()!;

        Assert.True(TokenShape.IsKnownShape(" " + token + "\n"));
        Assert.True(TokenShape.IsKnownShape("3F2B8C1E-7A4D-4E9B-9C2A-5D6E7F8A9B0C"));
        Assert.False(TokenShape.IsKnownShape("password123"));
        Assert.False(TokenShape.IsKnownShape(token[..^1] + (token[^1] == 'a' ? 'b' : 'a')));
    }
}
