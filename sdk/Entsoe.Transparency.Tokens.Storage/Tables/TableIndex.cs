namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>An index of the table (unique constraints and the primary key included), as preflight and plan need to know it.</summary>
/// <param name="Name">The index or constraint name, for messages.</param>
/// <param name="Columns">Its key columns in order; null stands for an expression.</param>
/// <param name="IsUnique">True for a unique index, a unique constraint or the primary key.</param>
/// <param name="NullsDistinct">
/// False when two NULLs collide: every SQL Server unique index, and PostgreSQL's <c>NULLS NOT DISTINCT</c>.
/// </param>
/// <param name="IsPartial">True for a partial (filtered) index, which constrains only the rows its predicate selects.</param>
public sealed record TableIndex(string Name, IReadOnlyList<string?> Columns, bool IsUnique, bool NullsDistinct, bool IsPartial)
{
    /// <summary>True when <paramref name="column"/> is the index's only column.</summary>
    public bool IsOn(string column) => Columns.Count == 1 && SameName(Columns[0], column);

    /// <summary>True when <paramref name="column"/> is one of the index's columns.</summary>
    public bool Includes(string column) => Columns.Any(c => SameName(c, column));

    /// <summary>
    /// Groups catalog rows (one per index column, in column order, the rows of one index together) into indexes.
    /// </summary>
    public static IReadOnlyList<TableIndex> FromColumns(IEnumerable<(string Index, string? Column, bool IsUnique, bool NullsDistinct, bool IsPartial)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var indexes = new List<TableIndex>();
        List<string?>? columns = null;
        foreach (var (index, column, isUnique, nullsDistinct, isPartial) in rows)
        {
            if (indexes.Count == 0 || !string.Equals(indexes[^1].Name, index, StringComparison.Ordinal))
            {
                columns = [];
                indexes.Add(new TableIndex(index, columns, isUnique, nullsDistinct, isPartial));
            }

            columns!.Add(column);
        }

        return indexes;
    }

    // Names are compared as the catalogs spell them; case is ignored because SQLite and SQL Server (by default) ignore it,
    // and a PostgreSQL table with two columns differing only in case is not a table this tool is pointed at.
    private static bool SameName(string? indexColumn, string column) =>
        indexColumn is not null && string.Equals(indexColumn, column, StringComparison.OrdinalIgnoreCase);
}
