namespace Entsoe.Transparency.Tokens;

/// <summary>The algorithm named by a stored value's format tag.</summary>
public enum StoredHashAlgorithm
{
    /// <summary>Not a hashed value.</summary>
    None,

    /// <summary><c>$hmac-sha256$k=&lt;keyId&gt;$&lt;digest&gt;</c>: keyed with a key from the key ring (the default).</summary>
    HmacSha256,

    /// <summary><c>$sha256$&lt;digest&gt;</c>: unkeyed, for deployments without key management.</summary>
    Sha256,
}
