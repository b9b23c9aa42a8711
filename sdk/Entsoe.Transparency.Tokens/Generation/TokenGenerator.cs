using System.Security.Cryptography;

namespace Entsoe.Transparency.Tokens;

/// <summary>Generates new tokens from <see cref="RandomNumberGenerator"/>.</summary>
public static class TokenGenerator
{
    /// <summary>Generates a token in <paramref name="format"/>.</summary>
    public static string Generate(TokenFormat format = TokenFormat.Uuid) => format switch
    {
        TokenFormat.Uuid => GenerateUuid(),
        TokenFormat.Prefixed => PrefixedToken.Generate(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown token format."),
    };

    /// <summary>Generates a token and hashes it with <paramref name="hasher"/>: the plaintext to show once and the value to store.</summary>
    public static IssuedToken Issue(TokenHasher hasher, TokenFormat format = TokenFormat.Uuid)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var token = Generate(format);
        return new IssuedToken(token, hasher.Hash(token), format);
    }

    /// <summary>A random (version 4) UUID in lower-case text, per RFC 9562 §5.4: 122 random bits.</summary>
    private static string GenerateUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var random = bytes.ToArray();
        CryptographicOperations.ZeroMemory(bytes);
        return string.Create(CanonicalToken.UuidLength, random, static (destination, random) =>
        {
            Span<char> hex = stackalloc char[32];
            Convert.TryToHexStringLower(random, hex, out _);
            CryptographicOperations.ZeroMemory(random);
            hex[..8].CopyTo(destination);
            destination[8] = '-';
            hex[8..12].CopyTo(destination[9..]);
            destination[13] = '-';
            hex[12..16].CopyTo(destination[14..]);
            destination[18] = '-';
            hex[16..20].CopyTo(destination[19..]);
            destination[23] = '-';
            hex[20..].CopyTo(destination[24..]);
            CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(hex));
        });
    }
}
