using System.Data;
using Microsoft.Data.SqlClient;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The shape of one batch as it is bulk-copied into <see cref="SqlServerStatements.BatchTable"/>: columns <c>k</c>
/// (key: <see cref="long"/> or <see cref="string"/>), <c>old</c> (the guard: <see cref="string"/>, or <see cref="Guid"/>
/// for a uniqueidentifier token column) and <c>new</c> (the stored value). One instance is reused for every batch.
/// </summary>
internal sealed class SqlServerBatchTable : IDisposable
{
    public SqlServerBatchTable(KeyKind keyKind, bool tokenIsUuid)
    {
        TokenIsUuid = tokenIsUuid;
        Table = new DataTable(SqlServerStatements.BatchTable) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        Table.Columns.Add("k", keyKind == KeyKind.Integer ? typeof(long) : typeof(string));
        Table.Columns.Add("old", tokenIsUuid ? typeof(Guid) : typeof(string));
        Table.Columns.Add("new", typeof(string));
    }

    /// <summary>The rows of the current batch.</summary>
    public DataTable Table { get; }

    private bool TokenIsUuid { get; }

    /// <summary>Replaces the rows with <paramref name="updates"/>.</summary>
    public void Fill(IReadOnlyList<RowUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        Table.Clear();
        Table.BeginLoadData();
        foreach (var update in updates)
        {
            object old = TokenIsUuid ? Guid.Parse(update.OldToken) : update.OldToken;
            Table.Rows.Add(update.Key.ToParameterValue(), old, update.NewValue);
        }

        Table.EndLoadData();
    }

    /// <summary>A bulk copy into the temp table inside <paramref name="transaction"/>, mapping columns by name.</summary>
    public static SqlBulkCopy CreateBulkCopy(SqlConnection connection, SqlTransaction transaction)
    {
        // KeepIdentity: SELECT INTO copies an IDENTITY key column's property, and the keys must be copied as they are.
        var copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.KeepIdentity, transaction)
        {
            DestinationTableName = SqlServerStatements.BatchTable,
            BatchSize = 0,
            BulkCopyTimeout = 0,
            EnableStreaming = false,
        };
        foreach (var column in new[] { "k", "old", "new" })
        {
            copy.ColumnMappings.Add(column, column);
        }

        return copy;
    }

    public void Dispose() => Table.Dispose();
}
