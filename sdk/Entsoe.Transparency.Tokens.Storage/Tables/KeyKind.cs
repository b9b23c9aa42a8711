namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>How the key column stores its values.</summary>
public enum KeyKind
{
    /// <summary>An integer column (bigint, int, INTEGER PRIMARY KEY, ...).</summary>
    Integer,

    /// <summary>A text column (varchar, nvarchar, text, ...). Keyset order is the database's order for the column.</summary>
    Text,
}
