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

    public async Task<BatchWriteResult> ApplyBatchAsync(IReadOnlyList<RowUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return new BatchWriteResult(0, []);
        }

        var keys = PostgresValues.KeyArray(updates);
        var oldValues = new string[updates.Count];
        var newValues = new string[updates.Count];
        for (var i = 0; i < updates.Count; i++)
        {
            oldValues[i] = updates[i].OldToken;
            newValues[i] = updates[i].NewValue;
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            // Cancellation before the commit disposes the transaction uncommitted: PostgreSQL rolls it back.
            long written = 0;
            var deviating = new List<StoredRow>();
            IReadOnlyList<RowKey> skipped = [];
            using (var batch = new NpgsqlBatch(connection, transaction))
            {
                // Asynchronous commit for this transaction only (sent in the same round trip as the UPDATE): a batch
                // commit then does not wait for its WAL flush. A server crash can lose only the last few committed
                // batches, never corrupt anything: those rows are plaintext again, still verify, and the rerun hashes
                // them (the format tag is the state). DisposeAsync ends with a synchronous commit, which flushes every
                // earlier batch, so a run that completes is durable before the tool exits.
                NpgsqlBatchCommand update;
                if (keys is NpgsqlParameter<long[]> { TypedValue: { } integers })
                {
                    batch.BatchCommands.Add(new NpgsqlBatchCommand(connection.PostgreSqlVersion.Major >= 12
                        ? PostgresStatements.RangeBatchSettings
                        : PostgresStatements.RangeBatchSettingsBefore12));
                    update = new NpgsqlBatchCommand(sql.UpdateInKeyRange);
                    update.Parameters.Add(keys);
                    var (low, high) = PostgresValues.Bounds(integers);
                    update.Parameters.Add(new NpgsqlParameter<long>("low", low));
                    update.Parameters.Add(new NpgsqlParameter<long>("high", high));
                }
                else
                {
                    batch.BatchCommands.Add(new NpgsqlBatchCommand(PostgresStatements.AsynchronousCommit));
                    update = new NpgsqlBatchCommand(sql.Update);
                    update.Parameters.Add(keys);
                }

                update.Parameters.Add(new NpgsqlParameter<string[]>("old", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = oldValues });
                update.Parameters.Add(new NpgsqlParameter<string[]>("new", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = newValues });
                batch.BatchCommands.Add(update);
                var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    do
                    {
                        if (reader.FieldCount != 3 || !await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            continue;
                        }

                        written = reader.GetInt64(0);
                        foreach (var key in PostgresValues.ReadKeys(reader, 1))
                        {
                            // Written, but the row does not hold the new value (a trigger rewrote it): the check names it.
                            deviating.Add(new StoredRow(key, null, null));
                        }

                        skipped = PostgresValues.ReadKeys(reader, 2);
                    }
                    while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
                }
            }

            batchesWritten = true;

            List<RowKey>? missing = null;
            if (skipped.Count > 0)
            {
                missing = await ReadSkippedAsync(skipped, deviating, transaction, cancellationToken).ConfigureAwait(false);
            }

            BatchWriteResult result;
            try
            {
                result = BatchReadBack.Evaluate(updates, deviating, written, Target.UsesHashColumn, missing);
            }
            catch (ReadBackMismatchException)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw;
            }

            // Cancellation after this point is ignored on purpose: the batch is checked and commits as a whole.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
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

    /// <summary>
    /// Reads the rows the UPDATE skipped, inside its transaction, adding them to <paramref name="deviating"/>.
    /// </summary>
    /// <returns>The skipped keys that no longer exist (deleted meanwhile), or null when every one was found.</returns>
    private async Task<List<RowKey>?> ReadSkippedAsync(IReadOnlyList<RowKey> skipped, List<StoredRow> deviating, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var found = new HashSet<RowKey>();
        using (var command = new NpgsqlCommand(sql.ReadRows, connection, transaction))
        {
            command.Parameters.Add(PostgresValues.KeyArray(skipped));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var row = ReadRow(reader);
                    found.Add(row.Key);
                    deviating.Add(row);
                }
            }
        }

        var missing = skipped.Where(key => !found.Contains(key)).ToList();
        return missing.Count > 0 ? missing : null;
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
