namespace Entsoe.Transparency.Tokens;

/// <summary>The classification of one stored value. Never holds the value itself.</summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Algorithm">The hash algorithm of a <see cref="StoredValueKind.Hashed"/> value.</param>
/// <param name="KeyId">The key id of an HMAC value; null otherwise.</param>
/// <param name="CanonicalFlags">For <see cref="StoredValueKind.LegacyPlaintext"/>: how it differs from its canonical form.</param>
/// <param name="Problem">For <see cref="StoredValueKind.Malformed"/>: why it does not parse, in words safe to log.</param>
public readonly record struct StoredValueInfo(
    StoredValueKind Kind,
    StoredHashAlgorithm Algorithm,
    string? KeyId,
    CanonicalFlags CanonicalFlags,
    string? Problem)
{
    /// <summary>The classification of an empty value.</summary>
    public static StoredValueInfo Empty { get; } = new(StoredValueKind.Empty, StoredHashAlgorithm.None, null, CanonicalFlags.None, null);
}
