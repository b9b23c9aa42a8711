namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>The result of <see cref="ITokenStore.DescribeAsync"/>: what exists, so preflight can refuse with a precise message.</summary>
/// <param name="TableExists">False when the table (in the schema) does not exist; the columns are then null.</param>
/// <param name="Key">The key column, or null when it does not exist.</param>
/// <param name="Token">The token column, or null when it does not exist.</param>
/// <param name="Hash">The hash column in <c>--hash-column</c> mode, or null when not asked for or missing.</param>
/// <param name="KeyIsUnique">True when the key column is a primary key or has a unique index/constraint on it alone.</param>
public sealed record TableDescription(
    bool TableExists,
    ColumnDescription? Key,
    ColumnDescription? Token,
    ColumnDescription? Hash,
    bool KeyIsUnique)
{
    /// <summary>
    /// The table's indexes, unique constraints and primary key included. Preflight refuses a write that a unique one would
    /// reject for every row, and checks for rows that would share a hash before writing under a unique one on the column
    /// that receives the hashes; <c>plan</c> estimates a longer run when an index covers that column.
    /// </summary>
    public IReadOnlyList<TableIndex> Indexes { get; init; } = [];

    /// <summary>Triggers, history tables, change capture and publications of this table that may keep copies of its tokens.</summary>
    public IReadOnlyList<TableCopy> Copies { get; init; } = [];

    /// <summary>A table that does not exist.</summary>
    public static TableDescription Missing { get; } = new(false, null, null, null, false);
}
