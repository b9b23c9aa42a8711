namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>The broad family of a column's data type, enough to decide whether it can hold a stored value.</summary>
public enum ColumnCategory
{
    /// <summary>An integer type.</summary>
    Integer,

    /// <summary>A character type (char, varchar, nvarchar, text, ...).</summary>
    Text,

    /// <summary>A UUID type (<c>uniqueidentifier</c>, <c>uuid</c>): can never hold a stored hash.</summary>
    Uuid,

    /// <summary>Anything else (binary, numeric, date, ...).</summary>
    Other,
}
