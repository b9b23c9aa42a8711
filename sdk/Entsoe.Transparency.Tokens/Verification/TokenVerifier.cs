using System.Security.Cryptography;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// Checks presented tokens against stored values, and says which stored values to look a token up by.
/// Thread-safe. Never throws on a stored value, whatever it holds.
/// </summary>
public sealed class TokenVerifier
{
    private readonly TokenHasher hasher;

    /// <summary>A verifier using the keys of <paramref name="hasher"/>.</summary>
    public TokenVerifier(TokenHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        this.hasher = hasher;
    }

    /// <summary>Checks <paramref name="presented"/> against <paramref name="stored"/> in fixed time per digest.</summary>
    /// <remarks>
    /// Never throws on <paramref name="stored"/>: an empty, malformed or unknown-key value is
    /// <see cref="VerificationResult.Invalid"/>, and <see cref="StoredValueClassifier.Classify(string?)"/> says why.
    /// </remarks>
    public VerificationResult Verify(string? presented, string? stored)
    {
        if (!IsPresentable(presented) || stored is null || stored.AsSpan().IsWhiteSpace())
        {
            return VerificationResult.Invalid;
        }

        // The same decision as StoredValueClassifier.Classify, made inline so the value is parsed and decoded once.
        var trimmed = CanonicalToken.TrimAsciiWhitespace(stored);
        return trimmed[0] == StoredFormat.Marker
            ? VerifyHashed(presented!, trimmed)
            : PlaintextMatches(presented!, stored) ? VerificationResult.ValidRehashNeeded : VerificationResult.Invalid;
    }

    /// <summary>
    /// The stored values a table could hold for <paramref name="presented"/>, one per known key, the active key first
    /// (and the unkeyed form last), so a login path can search an index with <c>WHERE token IN (…)</c> and then call
    /// <see cref="Verify"/>. Empty for a value that can never verify.
    /// </summary>
    public IReadOnlyList<string> GetLookupValues(string? presented)
    {
        if (!IsPresentable(presented))
        {
            return [];
        }

        var values = new List<string>(hasher.KeyIds.Count + 1);
        Span<byte> digest = stackalloc byte[StoredFormat.DigestBytes];
        Span<char> text = stackalloc char[StoredFormat.MaxLength];
        if (hasher.ActiveKey is { } active)
        {
            values.Add(Format(active, presented!, digest, text));
            foreach (var key in hasher.OtherKeys)
            {
                values.Add(Format(key, presented!, digest, text));
            }
        }

        values.Add(Format(null, presented!, digest, text));
        return values;
    }

    /// <summary>
    /// The plaintext values a not yet migrated row could hold for <paramref name="presented"/>: its canonical form and,
    /// for a UUID, the upper-case form, for databases whose comparison is case-sensitive.
    /// </summary>
    public static IReadOnlyList<string> GetLegacyLookupValues(string? presented)
    {
        if (!IsPresentable(presented))
        {
            return [];
        }

        var canonical = CanonicalToken.Canonicalize(presented!);
        return CanonicalToken.IsUuidShaped(canonical) ? [canonical, canonical.ToUpperInvariant()] : [canonical];
    }

    private static bool IsPresentable(string? presented)
    {
        if (string.IsNullOrWhiteSpace(presented))
        {
            return false;
        }

        // No pass-the-hash: a stored value presented as a token never verifies.
        var trimmed = CanonicalToken.TrimAsciiWhitespace(presented);
        return trimmed.Length > 0 && trimmed[0] != StoredFormat.Marker;
    }

    private static string Format(HmacKey? key, string presented, Span<byte> digest, Span<char> text)
    {
        TokenHasher.ComputeDigest(key, presented, digest);
        var length = key is null ? StoredFormat.FormatSha256(digest, text) : StoredFormat.FormatHmac(key.Id, digest, text);
        return new string(text[..length]);
    }

    private static bool PlaintextMatches(string presented, string stored)
    {
        // Comparing digests of the canonical forms keeps the comparison fixed-time whatever the lengths.
        Span<byte> left = stackalloc byte[StoredFormat.DigestBytes];
        Span<byte> right = stackalloc byte[StoredFormat.DigestBytes];
        TokenHasher.ComputeDigest(null, presented, left);
        TokenHasher.ComputeDigest(null, stored, right);
        return CryptographicOperations.FixedTimeEquals(left, right);
    }

    private VerificationResult VerifyHashed(string presented, ReadOnlySpan<char> stored)
    {
        Span<byte> expected = stackalloc byte[StoredFormat.DigestBytes];
        var parsed = StoredFormat.Parse(stored, expected);
        if (parsed.Problem is not null)
        {
            return VerificationResult.Invalid;
        }

        HmacKey? key = null;
        if (parsed.Algorithm == StoredHashAlgorithm.HmacSha256)
        {
            key = hasher.FindKey(parsed.KeyId);
            if (key is null)
            {
                return VerificationResult.Invalid;
            }
        }

        Span<byte> actual = stackalloc byte[StoredFormat.DigestBytes];
        TokenHasher.ComputeDigest(key, presented, actual);
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return VerificationResult.Invalid;
        }

        return ReferenceEquals(key, hasher.ActiveKey) ? VerificationResult.Valid : VerificationResult.ValidRehashNeeded;
    }
}
