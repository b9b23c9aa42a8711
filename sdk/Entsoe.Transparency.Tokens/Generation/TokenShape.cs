namespace Entsoe.Transparency.Tokens;

/// <summary>Offline checks of a token's shape, for a client's soft format check (warn, don't reject).</summary>
public static class TokenShape
{
    /// <summary>True when <paramref name="token"/> (trimmed) is a UUID or a prefixed token with a valid checksum.</summary>
    public static bool IsKnownShape(ReadOnlySpan<char> token)
    {
        var trimmed = CanonicalToken.TrimAsciiWhitespace(token);
        return CanonicalToken.IsUuidShaped(trimmed) || PrefixedToken.IsValid(trimmed);
    }
}
