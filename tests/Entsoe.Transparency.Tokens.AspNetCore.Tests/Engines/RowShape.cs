namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Engines;

/// <summary>What an account's row holds at some moment of a migration, for a token T.</summary>
public enum RowShape
{
    /// <summary>T in canonical (lower-case) form; T sent in upper case.</summary>
    PlaintextLower,

    /// <summary>T in upper case; T sent in lower case (a case-sensitive collation finds it only by the upper-case candidate).</summary>
    PlaintextUpper,

    /// <summary>T in a mixed case, sent byte for byte as stored (what an exact-match login finds today).</summary>
    PlaintextMixedExact,

    /// <summary>Hashed with the active key.</summary>
    ActiveKey,

    /// <summary>Hashed with the ring's older key.</summary>
    OlderKey,

    /// <summary>The unkeyed <c>$sha256$</c> form while a key is active.</summary>
    Unkeyed,
}
