
namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Which table, schema and column names the migrator accepts. Names are quoted by the dialect anyway; the rule
/// keeps out control characters and absurd lengths so a name can never smuggle SQL or break a message.
/// </summary>
public static class IdentifierRules
{
    /// <summary>Longest accepted name: SQL Server's sysname is 128 characters, PostgreSQL's NAMEDATALEN-1 is 63 bytes.</summary>
    public const int MaxLength = 128;

    /// <summary>True for a non-empty name of letters, digits, '_', '$', '-' or spaces, not starting with a space, at most <see cref="MaxLength"/> characters.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name[0] == ' ' || name[^1] == ' ')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '$' or '-' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws a <see cref="StoreConfigurationException"/> naming <paramref name="option"/> when <paramref name="name"/> is not valid.</summary>
    public static void Validate(string? name, string option)
    {
        if (!IsValid(name))
        {
            throw new StoreConfigurationException(
                $"{option} must be a plain name (letters, digits, '_', '$', '-' or inner spaces, at most {MaxLength} characters); "
                + "give the schema with --schema rather than a dotted name.");
        }
    }
}
