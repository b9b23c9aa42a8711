namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>What preflight needs to know about one column.</summary>
/// <param name="Name">The column name as the database spells it.</param>
/// <param name="DataType">The declared type as the database shows it, e.g. <c>varchar(36)</c>; for messages.</param>
/// <param name="Category">The broad type family.</param>
/// <param name="MaxLength">Maximum length in characters; null when unbounded (text, varchar(max), SQLite without a declared width).</param>
/// <param name="IsNullable">True when the column accepts NULL (required for the token column in <c>--hash-column</c> mode).</param>
public sealed record ColumnDescription(string Name, string DataType, ColumnCategory Category, int? MaxLength, bool IsNullable);
