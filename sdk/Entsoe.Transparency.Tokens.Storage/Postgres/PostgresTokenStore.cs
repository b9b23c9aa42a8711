using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The PostgreSQL store. A batch is written by ONE <c>UPDATE ... FROM unnest(@keys, @old, @new)</c> statement and read back
/// by one SELECT, sent together in one round trip (an <see cref="NpgsqlBatch"/>) inside the batch's transaction. Keyset
/// reads are pipelined: as soon as a batch has been read, the next one is read on a second connection while the caller
/// hashes and writes the current one.
/// </summary>
internal sealed partial class PostgresTokenStore : ITokenStore, IKeyRangeSplitter
{
    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlConnection connection;
    private readonly StoreOpenOptions options;
    private readonly string where;
    private readonly PostgresStatements sql;
    private readonly CancellationTokenSource disposing = new();
    private NpgsqlConnection? readAheadConnection;
    private Task<List<StoredRow>>? readAhead;
    private RowKey readAheadAfter;
    private int readAheadLimit;
    private bool? tokenIsUuid;
    private bool batchesWritten;
    private string? resolvedSchema;
    private string? resolvedTable;

    public PostgresTokenStore(NpgsqlDataSource dataSource, NpgsqlConnection connection, TableTarget target, StoreOpenOptions options, string where)
    {
        this.dataSource = dataSource;
        this.connection = connection;
        this.options = options;
        this.where = where;
        Target = target;
        sql = new PostgresStatements(target);
    }

    public TableTarget Target { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken) =>
        await ConfigureSessionAsync(connection, cancellationToken).ConfigureAwait(false);

    public async Task<TableDescription> DescribeAsync(CancellationToken cancellationToken)
    {
        var (description, schema, table) = await PostgresSchemaReader.DescribeAsync(connection, sql, Target, cancellationToken).ConfigureAwait(false);
        if (schema is null)
        {
            return description;
        }

        resolvedSchema = schema;
        resolvedTable = table;
        tokenIsUuid = description.Token?.Category == ColumnCategory.Uuid;
        return description;
    }

    public Task<IReadOnlyList<RowKey>> SplitKeysAsync(long total, int parts, CancellationToken cancellationToken) =>
        PostgresKeySplitter.SplitKeysAsync(connection, sql, Target, resolvedSchema, resolvedTable, total, parts, cancellationToken);

    public async Task<long> CountRowsAsync(CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(sql.Count, connection) { CommandTimeout = 0 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        tokenIsUuid ??= await PostgresLookupCommands.TokenColumnIsUuidAsync(connection, sql, Target.TokenColumn, cancellationToken).ConfigureAwait(false);
        using var command = PostgresLookupCommands.Find(connection, sql, tokenIsUuid.Value, candidates);
        return await PostgresLookupCommands.ReadRowsAsync(command, Target.UsesHashColumn, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredRow?> ReadRowAsync(RowKey key, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(sql.ReadRow, connection);
        command.Parameters.Add(PostgresValues.KeyParameter("key", key));
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRow(reader) : null;
        }
    }

    public async Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newStoredValue);
        using var command = PostgresLookupCommands.CompareAndSwap(connection, sql, Target.UsesHashColumn, expected, newStoredValue);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async ValueTask DisposeAsync()
    {
        await disposing.CancelAsync().ConfigureAwait(false);
        await DiscardReadAheadAsync().ConfigureAwait(false);
        if (batchesWritten && connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                // A synchronously committed transaction with a transaction id flushes the WAL through its own commit
                // record, and with it every asynchronously committed batch before it.
                using var barrier = new NpgsqlCommand(PostgresStatements.DurabilityBarrier, connection);
                await barrier.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The connection is gone: the server flushes asynchronous commits within a few wal_writer_delay periods anyway.
            }
        }

        if (readAheadConnection is not null)
        {
            await readAheadConnection.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        await dataSource.DisposeAsync().ConfigureAwait(false);
        disposing.Dispose();
    }

    private async Task ConfigureSessionAsync(NpgsqlConnection target, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(PostgresStatements.SetLockTimeout, target);
        var milliseconds = (long)Math.Clamp(options.LockTimeout.TotalMilliseconds, 1, int.MaxValue);
        command.Parameters.AddWithValue("value", NpgsqlDbType.Text, string.Create(CultureInfo.InvariantCulture, $"{milliseconds}ms"));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (!options.ForWrites)
        {
            // plan, verify, token check and the dry run: the server itself refuses any write on this session.
            using var readOnly = new NpgsqlCommand(PostgresStatements.ReadOnlySession, target);
            await readOnly.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
