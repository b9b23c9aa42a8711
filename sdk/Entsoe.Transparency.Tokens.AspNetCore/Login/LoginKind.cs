namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>What the account's row held when a token was accepted: where the table stands in its migration.</summary>
public enum LoginKind
{
    /// <summary>A not yet migrated plaintext token (compared in its canonical form).</summary>
    Plaintext,

    /// <summary>A value hashed with the key ring's active key (or, in an unkeyed deployment, the unkeyed hash).</summary>
    ActiveKey,

    /// <summary>A value hashed with an older key of the ring, or unkeyed while a key is active: it is rehashed.</summary>
    OlderKey,
}
