namespace Entsoe.Transparency.Tokens;

/// <summary>How a plaintext token differs from its canonical form (see <see cref="CanonicalToken"/>).</summary>
[Flags]
public enum CanonicalFlags
{
    /// <summary>A lower-case UUID with no surrounding whitespace: already canonical.</summary>
    None = 0,

    /// <summary>Not UUID-shaped: hashed byte for byte, untrimmed.</summary>
    NonUuid = 1,

    /// <summary>A UUID with upper-case hex digits, lower-cased for hashing.</summary>
    CaseNormalized = 2,

    /// <summary>A UUID with surrounding ASCII whitespace, trimmed for hashing.</summary>
    Whitespace = 4,
}
