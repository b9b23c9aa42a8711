using System.Buffers.Text;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// The self-describing stored format (PHC-style): <c>$hmac-sha256$k=&lt;keyId&gt;$&lt;base64url digest&gt;</c> or
/// <c>$sha256$&lt;base64url digest&gt;</c>. Digests are 32 bytes, base64url without padding (43 characters).
/// </summary>
public static class StoredFormat
{
    /// <summary>First character of every stored format; a UUID never starts with it.</summary>
    public const char Marker = '$';

    /// <summary>Length of a SHA-256 digest in base64url without padding.</summary>
    public const int DigestChars = 43;

    /// <summary>Length of a SHA-256 or HMAC-SHA256 digest in bytes.</summary>
    public const int DigestBytes = 32;

    internal const string HmacPrefix = "$hmac-sha256$k=";
    internal const string Sha256Prefix = "$sha256$";

    /// <summary>Length of a <c>$sha256$</c> value.</summary>
    public const int Sha256Length = 8 + DigestChars;

    /// <summary>The longest stored value any key ring can produce (a 16-character key id): 75 characters.</summary>
    public const int MaxLength = 15 + KeyIdRules.MaxLength + 1 + DigestChars;

    /// <summary>Length of an HMAC value made with a key id of <paramref name="keyIdLength"/> characters.</summary>
    public static int HmacLength(int keyIdLength) => HmacPrefix.Length + keyIdLength + 1 + DigestChars;

    internal static int FormatHmac(ReadOnlySpan<char> keyId, ReadOnlySpan<byte> digest, Span<char> destination)
    {
        HmacPrefix.AsSpan().CopyTo(destination);
        var position = HmacPrefix.Length;
        keyId.CopyTo(destination[position..]);
        position += keyId.Length;
        destination[position++] = Marker;
        position += Base64Url.EncodeToChars(digest, destination[position..]);
        return position;
    }

    internal static int FormatSha256(ReadOnlySpan<byte> digest, Span<char> destination)
    {
        Sha256Prefix.AsSpan().CopyTo(destination);
        return Sha256Prefix.Length + Base64Url.EncodeToChars(digest, destination[Sha256Prefix.Length..]);
    }

    /// <summary>Parses a stored value strictly. Never throws; a problem is described in words safe to log.</summary>
    internal static ParsedStoredValue Parse(ReadOnlySpan<char> value)
    {
        Span<byte> digest = stackalloc byte[DigestBytes];
        return Parse(value, digest);
    }

    /// <summary>
    /// Parses a stored value strictly and decodes its digest into <paramref name="digest"/> (at least
    /// <see cref="DigestBytes"/> bytes), so a verification parses and decodes once. Never throws.
    /// </summary>
    internal static ParsedStoredValue Parse(ReadOnlySpan<char> value, scoped Span<byte> digest)
    {
        ReadOnlySpan<char> digestText;
        StoredHashAlgorithm algorithm;
        ReadOnlySpan<char> keyId = default;
        if (value.StartsWith(HmacPrefix, StringComparison.Ordinal))
        {
            var rest = value[HmacPrefix.Length..];
            var separator = rest.IndexOf(Marker);
            if (separator < 0)
            {
                return ParsedStoredValue.Fail("the hmac-sha256 value has no '$' after its key id (truncated?)");
            }

            keyId = rest[..separator];
            if (!KeyIdRules.IsValid(keyId))
            {
                return ParsedStoredValue.Fail("the key id is not " + KeyIdRules.PatternText);
            }

            digestText = rest[(separator + 1)..];
            algorithm = StoredHashAlgorithm.HmacSha256;
        }
        else if (value.StartsWith(Sha256Prefix, StringComparison.Ordinal))
        {
            digestText = value[Sha256Prefix.Length..];
            algorithm = StoredHashAlgorithm.Sha256;
        }
        else
        {
            return ParsedStoredValue.Fail("unknown format tag (expected $hmac-sha256$ or $sha256$)");
        }

        if (digestText.Length != DigestChars)
        {
            // Constant messages: classifying or verifying a damaged value should not allocate per row.
            return ParsedStoredValue.Fail(digestText.Length < DigestChars
                ? "the digest is shorter than 43 characters (truncated, e.g. by a narrow column?)"
                : "the digest is longer than 43 characters");
        }

        // 43 characters never decode to more than 32 bytes, so a 32-byte destination cannot be too small for valid input.
        if (Base64Url.DecodeFromChars(digestText, digest[..DigestBytes], out var consumed, out var written) != System.Buffers.OperationStatus.Done
            || consumed != DigestChars || written != DigestBytes)
        {
            return ParsedStoredValue.Fail("the digest is not valid base64url");
        }

        // 43 base64url characters carry 258 bits; a canonical encoding of 32 bytes leaves the last 2 bits zero.
        Span<char> roundTrip = stackalloc char[DigestChars];
        Base64Url.EncodeToChars(digest[..DigestBytes], roundTrip);
        if (!roundTrip.SequenceEqual(digestText))
        {
            return ParsedStoredValue.Fail("the digest is not in canonical base64url");
        }

        return new ParsedStoredValue(algorithm, keyId, digestText, null);
    }
}
