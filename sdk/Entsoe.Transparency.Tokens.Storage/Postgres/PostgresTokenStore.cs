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
internal sealed class PostgresTokenStore : ITokenStore, IKeyRangeSplitter
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
        string schema;
        string table;
        using (var resolve = new NpgsqlCommand(PostgresStatements.ResolveTable, connection))
        {
            resolve.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
            var reader = await resolve.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return TableDescription.Missing;
                }

                schema = reader.GetString(0);
                table = reader.GetString(1);
            }
        }

        resolvedSchema = schema;
        resolvedTable = table;

        var columns = new Dictionary<string, ColumnDescription>(StringComparer.Ordinal);
        using (var describe = new NpgsqlCommand(PostgresStatements.DescribeColumns, connection))
        {
            describe.Parameters.AddWithValue("schema", NpgsqlDbType.Text, schema);
            describe.Parameters.AddWithValue("table", NpgsqlDbType.Text, table);
            var reader = await describe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var column = DescribeColumn(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.IsDBNull(2) ? null : reader.GetInt32(2),
                        string.Equals(reader.GetString(3), "YES", StringComparison.Ordinal),
                        reader.GetString(4));
                    columns[column.Name] = column;
                }
            }
        }

        bool keyIsUnique;
        using (var unique = new NpgsqlCommand(PostgresStatements.KeyIsUnique, connection))
        {
            unique.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
            unique.Parameters.AddWithValue("key", NpgsqlDbType.Text, Target.KeyColumn);
            keyIsUnique = (bool)(await unique.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var indexRows = new List<(string, string?, bool, bool, bool)>();
        using (var unique = new NpgsqlCommand(connection.PostgreSqlVersion.Major >= 15 ? PostgresStatements.Indexes : PostgresStatements.IndexesBefore15, connection))
        {
            unique.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
            var reader = await unique.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    indexRows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetBoolean(4)));
                }
            }
        }

        var copies = new List<TableCopy>();
        using (var command = new NpgsqlCommand(PostgresStatements.TableCopies, connection))
        {
            command.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
            command.Parameters.AddWithValue("schema", NpgsqlDbType.Text, schema);
            command.Parameters.AddWithValue("table", NpgsqlDbType.Text, table);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    copies.Add(TableCopy.FromCatalog(reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        // Names are quoted in every statement, so they must match exactly (PostgreSQL folds only unquoted names).
        var token = columns.GetValueOrDefault(Target.TokenColumn);
        tokenIsUuid = token?.Category == ColumnCategory.Uuid;
        return new TableDescription(
            true,
            columns.GetValueOrDefault(Target.KeyColumn),
            token,
            Target.HashColumn is null ? null : columns.GetValueOrDefault(Target.HashColumn),
            keyIsUnique)
        {
            Indexes = TableIndex.FromColumns(indexRows),
            Copies = copies,
        };
    }

    public async Task<long> CountRowsAsync(CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(sql.Count, connection) { CommandTimeout = 0 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<RowKey>> SplitKeysAsync(long total, int parts, CancellationToken cancellationToken)
    {
        if (parts < 2 || total < parts)
        {
            return [];
        }

        // The planner's histogram of the key column already holds equal-frequency quantiles: reading them costs nothing,
        // where OFFSET walks half the index (70 ms on 1M rows). Stale statistics only unbalance the parts.
        var fromStatistics = await SplitKeysFromStatisticsAsync(parts, cancellationToken).ConfigureAwait(false);
        if (fromStatistics.Count == parts - 1)
        {
            return fromStatistics;
        }

        var keys = new List<RowKey>(parts - 1);
        for (var i = 1; i < parts; i++)
        {
            using var command = new NpgsqlCommand($"{sql.ReadFirst} OFFSET @offset", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = 1 });
            command.Parameters.Add(new NpgsqlParameter<long>("offset", NpgsqlDbType.Bigint) { TypedValue = (total * i / parts) - 1 });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    // The table shrank since it was counted: fewer parts.
                    break;
                }

                var key = ReadKey(reader);
                if (keys.Count == 0 || key.CompareTo(keys[^1]) > 0)
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }

    // Equal-frequency bounds of the key column from pg_stats, when the table has been analyzed; empty otherwise.
    private async Task<List<RowKey>> SplitKeysFromStatisticsAsync(int parts, CancellationToken cancellationToken)
    {
        var keys = new List<RowKey>(parts - 1);
        if (resolvedSchema is null || resolvedTable is null)
        {
            return keys;
        }

        long[]? bounds;
        using (var command = new NpgsqlCommand(PostgresStatements.KeyHistogram, connection))
        {
            command.Parameters.AddWithValue("schema", NpgsqlDbType.Text, resolvedSchema);
            command.Parameters.AddWithValue("table", NpgsqlDbType.Text, resolvedTable);
            command.Parameters.AddWithValue("key", NpgsqlDbType.Text, Target.KeyColumn);
            try
            {
                bounds = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long[];
            }
            catch (PostgresException)
            {
                // A key type whose bounds do not read as bigint: the OFFSET path splits it.
                return keys;
            }
        }

        if (bounds is null || bounds.Length <= parts)
        {
            return keys;
        }

        for (var i = 1; i < parts; i++)
        {
            var key = bounds[(int)Math.Round((double)i * (bounds.Length - 1) / parts)];
            if (keys.Count == 0 || key > keys[^1].Integer)
            {
                keys.Add(RowKey.FromInteger(key));
            }
        }

        return keys;
    }

    public async Task<int> ReadBatchAsync(KeyKind keyKind, RowKey? after, int limit, List<StoredRow> destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        List<StoredRow> rows;
        if (readAhead is not null && after is { } expected && expected == readAheadAfter && limit == readAheadLimit)
        {
            var pending = readAhead;
            readAhead = null;
            rows = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await DiscardReadAheadAsync().ConfigureAwait(false);
            rows = await ReadAsync(await ReadConnectionAsync(cancellationToken).ConfigureAwait(false), after, limit, cancellationToken).ConfigureAwait(false);
        }

        destination.AddRange(rows);

        // A full batch means there may be more: start reading the next one now, on the second connection, so the read
        // overlaps the caller's hashing and writing of this one. Its rows are disjoint from this batch's rows, and the
        // compare-and-swap guard catches any row that changes between that read and its write.
        if (rows.Count == limit)
        {
            readAheadAfter = rows[^1].Key;
            readAheadLimit = limit;
            readAhead = ReadAheadAsync(readAheadAfter, limit);
        }

        return rows.Count;
    }

    public async Task<BatchWriteResult> ApplyBatchAsync(IReadOnlyList<RowUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return new BatchWriteResult(0, []);
        }

        var keys = KeyArray(updates);
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
                    var (low, high) = Bounds(integers);
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
                        foreach (var key in ReadKeys(reader, 1))
                        {
                            // Written, but the row does not hold the new value (a trigger rewrote it): the check names it.
                            deviating.Add(new StoredRow(key, null, null));
                        }

                        skipped = ReadKeys(reader, 2);
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

        tokenIsUuid ??= await TokenColumnIsUuidAsync(cancellationToken).ConfigureAwait(false);
        using var command = new NpgsqlCommand(tokenIsUuid.Value ? sql.FindByStoredValuesUuidToken : sql.FindByStoredValues, connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("candidates", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. candidates] });
        if (tokenIsUuid.Value)
        {
            var uuids = new List<Guid>(candidates.Count);
            foreach (var candidate in candidates)
            {
                if (Guid.TryParseExact(candidate, "D", out var uuid))
                {
                    uuids.Add(uuid);
                }
            }

            command.Parameters.Add(new NpgsqlParameter<Guid[]>("uuids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. uuids] });
        }

        var rows = new List<StoredRow>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(ReadRow(reader));
            }
        }

        return rows;
    }

    public async Task<StoredRow?> ReadRowAsync(RowKey key, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(sql.ReadRow, connection);
        command.Parameters.Add(KeyParameter("key", key));
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRow(reader) : null;
        }
    }

    public async Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newStoredValue);
        using var command = new NpgsqlCommand(sql.CompareAndSwap, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("new", NpgsqlDbType.Text) { TypedValue = newStoredValue });
        command.Parameters.Add(KeyParameter("key", expected.Key));
        command.Parameters.Add(new NpgsqlParameter("oldToken", NpgsqlDbType.Text) { Value = (object?)expected.Token ?? DBNull.Value });
        if (Target.UsesHashColumn)
        {
            command.Parameters.Add(new NpgsqlParameter("oldHash", NpgsqlDbType.Text) { Value = (object?)expected.Hash ?? DBNull.Value });
        }

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

    /// <summary>The column category of a PostgreSQL type as information_schema names it.</summary>
    internal static ColumnDescription DescribeColumn(string name, string dataType, int? maxLength, bool isNullable, string udtName)
    {
        var category = dataType switch
        {
            "smallint" or "integer" or "bigint" => ColumnCategory.Integer,
            "character varying" or "character" or "text" => ColumnCategory.Text,
            "uuid" => ColumnCategory.Uuid,
            "USER-DEFINED" when string.Equals(udtName, "citext", StringComparison.Ordinal) => ColumnCategory.Text,
            _ => ColumnCategory.Other,
        };
        var shown = maxLength is null ? dataType : string.Create(CultureInfo.InvariantCulture, $"{dataType}({maxLength})");
        return new ColumnDescription(name, shown, category, category == ColumnCategory.Text ? maxLength : null, isNullable);
    }

    private static NpgsqlParameter KeyParameter(string name, RowKey key) => key.IsText
        ? new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = key.Text }
        : new NpgsqlParameter<long>(name, NpgsqlDbType.Bigint) { TypedValue = key.Integer };

    private static NpgsqlParameter KeyArray(IReadOnlyList<RowKey> keys)
    {
        if (keys[0].IsText)
        {
            return new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keys.Select(k => k.Text)] };
        }

        return new NpgsqlParameter<long[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. keys.Select(k => k.Integer)] };
    }

    private static (long Low, long High) Bounds(long[] keys)
    {
        var (low, high) = (long.MaxValue, long.MinValue);
        foreach (var key in keys)
        {
            low = Math.Min(low, key);
            high = Math.Max(high, key);
        }

        return (low, high);
    }

    private static NpgsqlParameter KeyArray(IReadOnlyList<RowUpdate> updates)
    {
        if (updates[0].Key.IsText)
        {
            var texts = new string[updates.Count];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = updates[i].Key.Text;
            }

            return new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = texts };
        }

        var integers = new long[updates.Count];
        for (var i = 0; i < integers.Length; i++)
        {
            integers[i] = updates[i].Key.Integer;
        }

        return new NpgsqlParameter<long[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = integers };
    }

    private static RowKey ReadKey(NpgsqlDataReader reader) => reader.GetFieldType(0) == typeof(string)
        ? RowKey.FromText(reader.GetString(0))
        : RowKey.FromInteger(reader.GetInt64(0));

    // The keys in column `ordinal` of the batch answer: bigint[] or text[], as the key column.
    private static List<RowKey> ReadKeys(NpgsqlDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return [];
        }

        var value = reader.GetValue(ordinal);
        var keys = new List<RowKey>();
        switch (value)
        {
            case long[] integers:
                foreach (var integer in integers)
                {
                    keys.Add(RowKey.FromInteger(integer));
                }

                break;
            case string[] texts:
                foreach (var text in texts)
                {
                    keys.Add(RowKey.FromText(text));
                }

                break;
            default:
                throw new InvalidOperationException($"Unexpected key array type {value.GetType().Name} in the batch answer.");
        }

        return keys;
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
            command.Parameters.Add(KeyArray(skipped));
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

    private async Task<bool> TokenColumnIsUuidAsync(CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(PostgresStatements.ColumnType, connection);
        command.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
        command.Parameters.AddWithValue("column", NpgsqlDbType.Text, Target.TokenColumn);
        return string.Equals(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string, "uuid", StringComparison.Ordinal);
    }

    private async Task<List<StoredRow>> ReadAsync(NpgsqlConnection on, RowKey? after, int limit, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(after is null ? sql.ReadFirst : sql.ReadAfter, on);
        if (after is { } last)
        {
            command.Parameters.Add(KeyParameter("after", last));
        }

        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        var rows = new List<StoredRow>(limit);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(ReadRow(reader));
            }
        }

        return rows;
    }

    private async Task<List<StoredRow>> ReadAheadAsync(RowKey after, int limit) =>
        await ReadAsync(await ReadConnectionAsync(disposing.Token).ConfigureAwait(false), after, limit, disposing.Token).ConfigureAwait(false);

    /// <summary>
    /// Keyset reads always use their own connection, so a read (or the read-ahead) never waits for, or interleaves with,
    /// a batch being written on the main connection.
    /// </summary>
    private async Task<NpgsqlConnection> ReadConnectionAsync(CancellationToken cancellationToken)
    {
        if (readAheadConnection is null)
        {
            var opened = await PostgresTokenStoreProvider.OpenConnectionAsync(dataSource, where, cancellationToken).ConfigureAwait(false);
            await ConfigureSessionAsync(opened, cancellationToken).ConfigureAwait(false);
            readAheadConnection = opened;
        }

        return readAheadConnection;
    }

    private async Task DiscardReadAheadAsync()
    {
        var pending = readAhead;
        readAhead = null;
        if (pending is null)
        {
            return;
        }

        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or NpgsqlException or StoreConnectionException)
        {
            // The rows were not needed; a failure that matters shows up again on the read that is actually used.
        }
    }

    private StoredRow ReadRow(NpgsqlDataReader reader)
    {
        var key = ReadKey(reader);
        var token = reader.IsDBNull(1) ? null : reader.GetString(1);
        var hash = !Target.UsesHashColumn || reader.IsDBNull(2) ? null : reader.GetString(2);
        return new StoredRow(key, token, hash);
    }
}
