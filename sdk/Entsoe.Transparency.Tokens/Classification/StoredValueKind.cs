namespace Entsoe.Transparency.Tokens;

/// <summary>What a value in the token column is.</summary>
public enum StoredValueKind
{
    /// <summary>NULL, empty or only whitespace: no token.</summary>
    Empty,

    /// <summary>A plaintext token from before the migration.</summary>
    LegacyPlaintext,

    /// <summary>
    /// A value in one of the stored formats (<c>$hmac-sha256$k=…$…</c> or <c>$sha256$…</c>), possibly padded with
    /// ASCII whitespace by a fixed-width column. Its key id may still be unknown to a given key ring.
    /// </summary>
    Hashed,

    /// <summary>
    /// Starts with <c>$</c> (after surrounding ASCII whitespace) like a stored format but does not parse as one. No token starts with <c>$</c>, so this
    /// is damage (truncation, a foreign format): it is never hashed again and never verifies.
    /// </summary>
    Malformed,
}
