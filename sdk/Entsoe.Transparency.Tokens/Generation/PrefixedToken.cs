using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// The prefixed token format: <c>etp_</c> + 30 random base62 characters + the CRC32 (IEEE) of those 30 ASCII
/// characters as 6 base62 digits. The prefix lets secret scanners find leaked tokens; the checksum rejects typos
/// without a database round trip. It is not a security property: only the random part is secret.
/// </summary>
public static class PrefixedToken
{
    /// <summary>The prefix every prefixed token starts with.</summary>
    public const string Prefix = "etp_";

    /// <summary>Random base62 characters: 30 × log2(62) ≈ 178 bits.</summary>
    public const int BodyLength = 30;

    /// <summary>Base62 digits of the checksum: 62^6 exceeds 2^32.</summary>
    public const int ChecksumLength = 6;

    /// <summary>Total length of a prefixed token.</summary>
    public const int Length = 4 + BodyLength + ChecksumLength;

    /// <summary>Generates a new prefixed token.</summary>
    public static string Generate()
    {
        var body = RandomNumberGenerator.GetString(Base62.Alphabet, BodyLength);
        return string.Create(Length, body, static (destination, body) =>
        {
            Prefix.AsSpan().CopyTo(destination);
            body.AsSpan().CopyTo(destination[Prefix.Length..]);
            WriteChecksum(body, destination[(Prefix.Length + BodyLength)..]);
        });
    }

    /// <summary>True when <paramref name="token"/> has the prefix, the length, the alphabet and a matching checksum.</summary>
    public static bool IsValid(ReadOnlySpan<char> token)
    {
        if (token.Length != Length || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var body = token.Slice(Prefix.Length, BodyLength);
        foreach (var c in token[Prefix.Length..])
        {
            if (!Base62.IsDigit(c))
            {
                return false;
            }
        }

        Span<char> expected = stackalloc char[ChecksumLength];
        WriteChecksum(body, expected);
        return expected.SequenceEqual(token[(Prefix.Length + BodyLength)..]);
    }

    private static void WriteChecksum(ReadOnlySpan<char> body, Span<char> destination)
    {
        Span<byte> ascii = stackalloc byte[BodyLength];
        Encoding.ASCII.GetBytes(body, ascii);
        Base62.WriteFixed(Crc32.HashToUInt32(ascii), destination);
    }
}
