using System.Buffers;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The SQLite store. The general batch (text keys, <c>--hash-column</c> mode) is written by ONE
/// <c>UPDATE ... FROM json_each(@batch)</c> statement under <c>BEGIN IMMEDIATE</c>: the whole batch travels as one
/// parameter and SQLite joins it to the table by key in native code. Integer keys in in-place mode use the faster
/// <see cref="SqliteFusedBatch"/> (see <see cref="TryCreateFusedBatchAsync"/>).
/// </summary>
internal sealed partial class SqliteTokenStore : ITokenStore, IFusedBatchStore, IStoreMaintenance
{
    private readonly SqliteConnection connection;
    private readonly StoreOpenOptions options;
    private readonly SqliteStatements sql;
    private readonly ArrayBufferWriter<byte> jsonBuffer = new(64 * 1024);
    private byte[] batchBytes = [];
    private SqliteCommand? readFirst;
    private SqliteCommand? readAfter;
    private SqliteCommand? update;
    private SqliteCommand? readBack;
    private string? originalJournalMode;
    private bool writeModeReady;

    public SqliteTokenStore(SqliteConnection connection, TableTarget target, StoreOpenOptions options)
    {
        this.connection = connection;
        this.options = options;
        Target = target;
        sql = new SqliteStatements(target);
    }

    public TableTarget Target { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken) =>
        await ExecuteAsync($"PRAGMA busy_timeout = {(long)options.LockTimeout.TotalMilliseconds}", cancellationToken).ConfigureAwait(false);

    // Set up just before the first write, so a run that stops in preflight leaves the file untouched (even its header).
    private async Task EnsureWriteModeAsync(CancellationToken cancellationToken)
    {
        if (writeModeReady)
        {
            return;
        }

        if (!options.ForWrites)
        {
            throw new InvalidOperationException("This store was opened read-only.");
        }

        writeModeReady = true;

        // secure_delete zeroes the space a rewritten row leaves behind, so freed pages do not keep the plaintext.
        await ExecuteAsync("PRAGMA secure_delete = ON", cancellationToken).ConfigureAwait(false);

        // WAL + synchronous=NORMAL: each batch commit appends to the WAL without an fsync. A power loss may roll back the
        // last commits, never corrupt the file; the rerun redoes those batches because the format tag is the state.
        originalJournalMode = (await ScalarAsync("PRAGMA journal_mode", cancellationToken).ConfigureAwait(false)) as string;
        if (!string.Equals(originalJournalMode, "memory", StringComparison.OrdinalIgnoreCase))
        {
            await ScalarAsync("PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync("PRAGMA synchronous = NORMAL", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync("PRAGMA cache_size = -8192", cancellationToken).ConfigureAwait(false);

        // Checkpoint every 20,000 pages (about 80 MB of WAL on disk) instead of SQLite's 1,000: with an indexed token
        // column every batch dirties index pages all over the file, and frequent checkpoints (each with an fsync) made a
        // 1M-row run take 112 s instead of 70 s. The WAL is checkpointed and truncated at the end of the run.
        await ExecuteAsync("PRAGMA wal_autocheckpoint = 20000", cancellationToken).ConfigureAwait(false);
    }

    public Task<TableDescription> DescribeAsync(CancellationToken cancellationToken) =>
        SqliteSchemaReader.DescribeAsync(connection, sql, Target, cancellationToken);

    public async Task<long> CountRowsAsync(CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(sql.Count, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    public async Task<int> ReadBatchAsync(KeyKind keyKind, RowKey? after, int limit, List<StoredRow> destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        SqliteCommand command;
        if (after is null)
        {
            command = readFirst ??= Prepare(sql.ReadFirst, "@limit");
        }
        else
        {
            command = readAfter ??= Prepare(sql.ReadAfter, "@after", "@limit");
            command.Parameters["@after"].Value = after.Value.ToParameterValue();
        }

        command.Parameters["@limit"].Value = limit;
        var count = 0;
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (reader.Read())
            {
                destination.Add(ReadRow(reader, keyKind));
                count++;
            }
        }

        return count;
    }

    public async Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var keyKind = await KeyKindAsync(cancellationToken).ConfigureAwait(false);
        using var command = SqliteLookupCommands.Find(connection, sql, candidates);
        return await SqliteLookupCommands.ReadRowsAsync(command, keyKind, sql.Hash is not null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredRow?> ReadRowAsync(RowKey rowKey, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql.ReadRow;
        command.Parameters.AddWithValue("@key", rowKey.ToParameterValue());
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return reader.Read() ? ReadRow(reader, rowKey.IsText ? KeyKind.Text : KeyKind.Integer) : null;
        }
    }

    public async Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newStoredValue);
        await EnsureWriteModeAsync(cancellationToken).ConfigureAwait(false);
        using var command = SqliteLookupCommands.CompareAndSwap(connection, sql, expected, newStoredValue);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// The fast batch (<see cref="SqliteFusedBatch"/>) when it applies: in-place mode, integer keys, a UTF-8 database.
    /// Null otherwise; the caller then uses the general read / compare-and-swap path.
    /// </summary>
    public async Task<IFusedBatch?> TryCreateFusedBatchAsync(KeyKind keyKind, IFusedRowHandler handler, int batchSize, CancellationToken cancellationToken)
    {
        if (sql.Hash is not null || keyKind != KeyKind.Integer || !SqliteNative.IsAvailable)
        {
            return null;
        }

        var encoding = await ScalarAsync("PRAGMA encoding", cancellationToken).ConfigureAwait(false) as string;
        if (!string.Equals(encoding, "UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The fused ranges start after long.MinValue; a row with exactly that key (or a non-integer value in the key
        // column) would fall outside every range, so such a table takes the general path. A rowid alias holds only
        // integers, so for it the check is one index probe instead of a scan of the whole table.
        var rowidAlias = await SqliteSchemaReader.IsRowidAliasAsync(connection, sql, Target, cancellationToken).ConfigureAwait(false);
        var outside = await ScalarAsync(sql.CountOutsideFusedRanges(rowidAlias), cancellationToken).ConfigureAwait(false);
        if (Convert.ToInt64(outside, CultureInfo.InvariantCulture) != 0)
        {
            return null;
        }

        await EnsureWriteModeAsync(cancellationToken).ConfigureAwait(false);

        // Hashing ahead on a second connection needs WAL, where a reader never blocks the writer's commit.
        var journalMode = await ScalarAsync("PRAGMA journal_mode", cancellationToken).ConfigureAwait(false) as string;
        var prefetch = string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase)
            ? SqliteHashPrefetch.TryStart(connection.ConnectionString, sql.QualifiedTable, sql.Key, sql.Token, handler, batchSize, after: null)
            : null;
        try
        {
            return new SqliteFusedBatch(connection, sql.QualifiedTable, sql.Key, sql.Token, handler, prefetch);
        }
        catch
        {
            prefetch?.Dispose();
            throw;
        }
    }

    /// <summary>Copies the WAL back into the file and truncates it, so the -wal file no longer holds plaintext pages.</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken) =>
        await ScalarAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken).ConfigureAwait(false);

    /// <summary>Rebuilds the file so no free page keeps an old value.</summary>
    public async Task VacuumAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync(sql.Vacuum, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        readFirst?.Dispose();
        readAfter?.Dispose();
        update?.Dispose();
        readBack?.Dispose();
        if (writeModeReady && originalJournalMode is not null
            && !string.Equals(originalJournalMode, "wal", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(originalJournalMode, "memory", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                // Leave the file as we found it; this also checkpoints and removes the -wal file.
                await ExecuteAsync($"PRAGMA journal_mode = {JournalModeName(originalJournalMode)}", CancellationToken.None).ConfigureAwait(false);
            }
            catch (SqliteException)
            {
                // Another connection holds the database; it stays in WAL mode, which is harmless.
            }
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private static string JournalModeName(string mode) => mode.ToUpperInvariant() switch
    {
        "DELETE" => "DELETE",
        "TRUNCATE" => "TRUNCATE",
        "PERSIST" => "PERSIST",
        "OFF" => "OFF",
        _ => "DELETE",
    };

    private StoredRow ReadRow(SqliteDataReader reader, KeyKind keyKind) => SqliteLookupCommands.ReadRow(reader, keyKind, sql.Hash is not null);

    private async Task<KeyKind> KeyKindAsync(CancellationToken cancellationToken)
    {
        var description = await DescribeAsync(cancellationToken).ConfigureAwait(false);
        return description.Key?.Category == ColumnCategory.Integer ? KeyKind.Integer : KeyKind.Text;
    }

    private SqliteCommand Prepare(string text, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private async Task ExecuteAsync(string text, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> ScalarAsync(string text, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
