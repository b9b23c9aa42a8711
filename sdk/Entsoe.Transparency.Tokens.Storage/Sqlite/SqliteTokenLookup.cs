using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The login path's lookup on SQLite: Microsoft.Data.Sqlite's connection pool, one pooled connection per call. A write
/// that meets a migration batch's lock waits for it (the busy timeout), then fails rather than waiting for ever. Unlike the
/// migrator's store, it changes no database setting (journal mode, secure_delete).
/// </summary>
internal sealed class SqliteTokenLookup : ITokenLookup
{
    private readonly string connectionString;
    private readonly SqliteStatements sql;
    private readonly KeyKind keyKind;

    private SqliteTokenLookup(string connectionString, TableTarget target, KeyKind keyKind)
    {
        this.connectionString = connectionString;
        this.keyKind = keyKind;
        Target = target;
        sql = new SqliteStatements(target);
    }

    public TableTarget Target { get; }

    public static async Task<ITokenLookup> OpenAsync(string connectionString, string dataSource, TableTarget target, CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(connectionString, dataSource, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var description = await SqliteSchemaReader.DescribeAsync(connection, new SqliteStatements(target), target, cancellationToken).ConfigureAwait(false);
            if (!description.TableExists)
            {
                throw new StoreConfigurationException($"The table {target.DisplayName} does not exist in the SQLite file {dataSource}; check the table name.");
            }

            var kind = description.Key?.Category == ColumnCategory.Integer ? KeyKind.Integer : KeyKind.Text;
            return new SqliteTokenLookup(connectionString, target, kind);
        }
    }

    public async Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var connection = await OpenConnectionAsync(connectionString, null, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteLookupCommands.Find(connection, sql, candidates);
            return await SqliteLookupCommands.ReadRowsAsync(command, keyKind, Target.UsesHashColumn, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newStoredValue);
        var connection = await OpenConnectionAsync(connectionString, null, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqliteLookupCommands.CompareAndSwap(connection, sql, expected, newStoredValue);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public ValueTask DisposeAsync()
    {
        // Closes the idle pooled connections of this file, so the file is not held open after the application stops.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"SqliteTokenLookup({Target.DisplayName})";

    private static async Task<SqliteConnection> OpenConnectionAsync(string connectionString, string? dataSource, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreConnectionException(
                $"Could not open the SQLite database{(dataSource is null ? string.Empty : $" '{dataSource}'")} (SQLite error {ex.SqliteErrorCode}); check the path, its permissions and that it is a SQLite file.",
                ex);
        }
    }
}
