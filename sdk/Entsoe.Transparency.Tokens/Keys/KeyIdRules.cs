namespace Entsoe.Transparency.Tokens;

/// <summary>Key ids match <c>[A-Za-z0-9_-]{1,16}</c> so that a stored value fits <c>varchar(80)</c>.</summary>
public static class KeyIdRules
{
    /// <summary>The longest key id.</summary>
    public const int MaxLength = 16;

    /// <summary>The rule, in words for error messages.</summary>
    public const string PatternText = "1 to 16 characters of A-Z, a-z, 0-9, '_' or '-'";

    /// <summary>True when <paramref name="keyId"/> is a valid key id.</summary>
    public static bool IsValid(ReadOnlySpan<char> keyId)
    {
        if (keyId.IsEmpty || keyId.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in keyId)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return true;
    }
}
