namespace Entsoe.Transparency.Tokens;

/// <summary>
/// The one classifier of stored token values, shared by the migration, the verification and a login path.
/// </summary>
public static class StoredValueClassifier
{
    /// <summary>Classifies <paramref name="stored"/> without throwing, whatever it holds.</summary>
    public static StoredValueInfo Classify(string? stored) => stored is null ? StoredValueInfo.Empty : Classify(stored.AsSpan());

    /// <inheritdoc cref="Classify(string?)"/>
    public static StoredValueInfo Classify(ReadOnlySpan<char> stored)
    {
        if (stored.IsWhiteSpace())
        {
            return StoredValueInfo.Empty;
        }

        // A fixed-width column (char(n), nchar(n)) pads a stored value with spaces; a token never starts with '$'
        // even after trimming, so the padded value is still ours and must not be hashed a second time.
        var trimmed = CanonicalToken.TrimAsciiWhitespace(stored);
        if (trimmed.IsEmpty || trimmed[0] != StoredFormat.Marker)
        {
            return new StoredValueInfo(StoredValueKind.LegacyPlaintext, StoredHashAlgorithm.None, null, CanonicalToken.Describe(stored), null);
        }

        var parse = StoredFormat.Parse(trimmed);
        return parse.Problem is null
            ? new StoredValueInfo(StoredValueKind.Hashed, parse.Algorithm, parse.KeyId.IsEmpty ? null : KeyIdInterner.Intern(parse.KeyId), CanonicalFlags.None, null)
            : new StoredValueInfo(StoredValueKind.Malformed, StoredHashAlgorithm.None, null, CanonicalFlags.None, parse.Problem);
    }
}
