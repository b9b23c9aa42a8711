using System.Buffers.Text;
using System.Text;

namespace Entsoe.Transparency.Tokens.Tests.Hashing;

/// <summary>
/// RFC 4231 HMAC-SHA256 test cases. Which path each case exercises:
/// <list type="bullet">
/// <item>Cases 6 and 7 (131-byte keys, ASCII data) go through the public API: a key ring holding the RFC's key, and
/// <see cref="TokenHasher.Hash"/> of a token whose canonical UTF-8 bytes are exactly the RFC's data (non-UUID text
/// is hashed byte for byte), then the stored value's digest is decoded and compared.</item>
/// <item>Cases 1-4 use keys of 4 to 25 bytes, which the public key ring refuses (it requires at least 32 bytes), and
/// cases 3 and 4 also have data that is not valid UTF-8, so no token can produce it. They are asserted against the
/// internal primitive <c>HmacKey.Compute</c> that the public API calls.</item>
/// <item>Case 5 (output truncated to 128 bits) is asserted on the first 16 bytes of the internal primitive's output;
/// the stored format never truncates.</item>
/// </list>
/// </summary>
public sealed class Rfc4231Tests
{
    private const string Case6Data = "Test Using Larger Than Block-Size Key - Hash Key First";
    private const string Case7Data = "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.";

    public static TheoryData<string, string, string> InternalCases => new()
    {
        // case, key (hex), data (hex), expected HMAC-SHA256 (hex)
        { "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", Convert.ToHexString("Hi There"u8), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
        { Convert.ToHexString("Jefe"u8), Convert.ToHexString("what do ya want for nothing?"u8), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
        { new string('a', 40), new string('d', 100), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
        { "0102030405060708090a0b0c0d0e0f10111213141516171819", string.Concat(Enumerable.Repeat("cd", 50)), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b" },
        { new string('a', 262), Convert.ToHexString(Encoding.ASCII.GetBytes(Case6Data)), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54" },
        { new string('a', 262), Convert.ToHexString(Encoding.ASCII.GetBytes(Case7Data)), "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2" },
    };

    [Theory]
    [InlineData(Case6Data, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")]
    [InlineData(Case7Data, "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")]
    public void Hash_Rfc4231Cases6And7ThroughThePublicApi_DigestMatches(string data, string expectedHex)
    {
        using var ring = TokenKeyRing.Create("rfc4231", new Dictionary<string, byte[]> { ["rfc4231"] = Enumerable.Repeat((byte)0xaa, 131).ToArray() });
        using var hasher = TokenHasher.Create(ring);

        var stored = hasher.Hash(data);

        Assert.StartsWith("$hmac-sha256$k=rfc4231$", stored, StringComparison.Ordinal);
        var digest = Base64Url.DecodeFromChars(stored.AsSpan("$hmac-sha256$k=rfc4231$".Length));
        Assert.Equal(expectedHex, Convert.ToHexStringLower(digest));
    }

    [Theory]
    [InlineData(Case6Data)]
    [InlineData(Case7Data)]
    public void TryWriteUtf8_Rfc4231Data_CanonicalBytesAreTheDataItself(string data)
    {
        var buffer = new byte[CanonicalToken.MaxUtf8Length(data)];

        CanonicalToken.TryWriteUtf8(data, buffer, out var written);

        Assert.Equal(Encoding.ASCII.GetBytes(data), buffer[..written]);
    }

    [Theory]
    [MemberData(nameof(InternalCases))]
    public void Compute_Rfc4231CasesOnTheInternalPrimitive_DigestMatches(string keyHex, string dataHex, string expectedHex)
    {
        using var key = new HmacKey("rfc4231", Convert.FromHexString(keyHex));
        var digest = new byte[32];

        key.Compute(Convert.FromHexString(dataHex), digest);

        Assert.Equal(expectedHex, Convert.ToHexStringLower(digest));
    }

    [Fact]
    public void Compute_Rfc4231Case5TruncatedTo128Bits_LeadingBytesMatch()
    {
        using var key = new HmacKey("rfc4231", Convert.FromHexString("0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c"));
        var digest = new byte[32];

        key.Compute("Test With Truncation"u8, digest);

        Assert.Equal("a3b6167473100ee06e0c796c2955552b", Convert.ToHexStringLower(digest.AsSpan(0, 16)));
    }

    [Fact]
    public void Compute_SameKeyTwiceInARow_ContextIsResetBetweenCalls()
    {
        using var key = new HmacKey("rfc4231", Convert.FromHexString("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"));
        var first = new byte[32];
        var second = new byte[32];

        key.Compute("Hi There"u8, first);
        key.Compute("Hi There"u8, second);

        Assert.Equal("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Convert.ToHexStringLower(second));
        Assert.Equal(first, second);
    }
}
