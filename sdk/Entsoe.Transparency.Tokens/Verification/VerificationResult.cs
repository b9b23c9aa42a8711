namespace Entsoe.Transparency.Tokens;

/// <summary>The outcome of checking a presented token against a stored value.</summary>
public enum VerificationResult
{
    /// <summary>The token does not match, or the stored value is empty or malformed.</summary>
    Invalid,

    /// <summary>The token matches a value hashed with the active key.</summary>
    Valid,

    /// <summary>
    /// The token matches, but the stored value should be replaced with <see cref="TokenHasher.Hash"/> of it: it is
    /// legacy plaintext, unkeyed, or hashed with a key that is no longer active.
    /// </summary>
    ValidRehashNeeded,
}
