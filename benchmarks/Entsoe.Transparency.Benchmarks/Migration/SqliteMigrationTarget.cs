using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// SQLite: a file <c>bench.db</c> with <c>t (key INTEGER PRIMARY KEY, token TEXT)</c> in a scratch directory, with a
/// unique index on the token when <paramref name="tokenIndex"/> is true.
/// </summary>
public sealed class SqliteMigrationTarget(string directory, bool tokenIndex) : IMigrationTarget
{
    private static readonly string[] ToolPragmas =
        ["PRAGMA secure_delete = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -8192", "PRAGMA wal_autocheckpoint = 20000"];

    private readonly string path = Path.Combine(directory, "bench.db");

    public string Provider => "sqlite";

    public string ReferenceSql => "UPDATE t SET token = lower(hex(randomblob(32)))";

    public IReadOnlyList<string> ToolArguments =>
        ["--provider", "sqlite", "--connection", $"Data Source={path}", "--table", "t", "--key-column", "key", "--token-column", "token"];

    public IReadOnlyDictionary<string, string> ToolEnvironment { get; } = new Dictionary<string, string>();

    public async Task SeedAsync(long rows)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }

        await using var connection = Open();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (key INTEGER PRIMARY KEY, token TEXT)";
            await create.ExecuteNonQueryAsync();
        }

        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO t (key, token) VALUES ($k, $t)";
        var k = insert.Parameters.Add("$k", SqliteType.Integer);
        var t = insert.Parameters.Add("$t", SqliteType.Text);
        insert.Prepare();
        foreach (var (key, token) in SampleTokens.Generate(rows))
        {
            k.Value = key;
            t.Value = token;
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        if (tokenIndex)
        {
            await ExecuteAsync(connection, "CREATE UNIQUE INDEX t_token ON t (token)");
        }
    }

    public async Task<TimeSpan> RunReferenceAsync()
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = ReferenceSql;
        command.CommandTimeout = 0;
        var started = Stopwatch.GetTimestamp();
        await command.ExecuteNonQueryAsync();
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// The reference statement under the pragmas the tool sets (WAL, synchronous=NORMAL, secure_delete, its checkpoint
    /// interval), ending as the tool ends (checkpoint, back to the rollback journal): what the journal alone costs,
    /// before any batching, reading or hashing.
    /// </summary>
    public async Task<TimeSpan> RunReferenceUnderToolPragmasAsync()
    {
        await using var connection = Open();
        var started = Stopwatch.GetTimestamp();
        foreach (var pragma in ToolPragmas)
        {
            await ExecuteAsync(connection, pragma);
        }

        await ExecuteAsync(connection, ReferenceSql);
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        await ExecuteAsync(connection, "PRAGMA journal_mode = DELETE");
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// The batch contract's floor on SQLite: the pragmas the tool sets (WAL, synchronous=NORMAL, secure_delete, its
    /// checkpoint interval) and one write transaction per <paramref name="batchSize"/> keys, each rewriting its rows in
    /// native code to a random value of <paramref name="storedLength"/> characters, with no read, no hashing and no
    /// read-back; then the final checkpoint and the return to the file's journal mode, as the tool ends. No
    /// implementation of the contract can beat it on the same file.
    /// </summary>
    public Task<TimeSpan> RunBatchedFloorAsync(long rows, int batchSize, int storedLength) =>
        RunFloorAsync(rows, batchSize, storedLength, "WAL", secureDelete: true);

    /// <summary>
    /// The same floor under another journal: <c>WAL</c> as the tool runs (synchronous=NORMAL, the final checkpoint), or a
    /// rollback journal (<c>DELETE</c>, <c>TRUNCATE</c>) with synchronous=FULL, SQLite's default and what makes each
    /// commit survive a power loss there. The tool always runs with secure_delete on, as the residue list requires;
    /// <paramref name="secureDelete"/> false shows what that costs.
    /// </summary>
    public async Task<TimeSpan> RunFloorAsync(long rows, int batchSize, int storedLength, string journalMode, bool secureDelete)
    {
        var wal = string.Equals(journalMode, "WAL", StringComparison.OrdinalIgnoreCase);
        await using var connection = Open();
        var started = Stopwatch.GetTimestamp();
        var pragmas = wal
            ? ToolPragmas
            : ["PRAGMA secure_delete = ON", $"PRAGMA journal_mode = {journalMode}", "PRAGMA synchronous = FULL", "PRAGMA cache_size = -8192"];
        foreach (var pragma in pragmas)
        {
            await ExecuteAsync(connection, secureDelete ? pragma : pragma.Replace("secure_delete = ON", "secure_delete = OFF", StringComparison.Ordinal));
        }

        await using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE t SET token = '$' || substr(lower(hex(randomblob($n / 2))), 1, $n - 1) WHERE key > $low AND key <= $high";
            update.CommandTimeout = 0;
            update.Parameters.AddWithValue("$n", storedLength);
            var low = update.Parameters.Add("$low", SqliteType.Integer);
            var high = update.Parameters.Add("$high", SqliteType.Integer);
            for (long first = 0; first < rows; first += batchSize)
            {
                await using var transaction = connection.BeginTransaction(deferred: false);
                update.Transaction = transaction;
                low.Value = first;
                high.Value = first + batchSize;
                await update.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }
        }

        if (wal)
        {
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        }

        await ExecuteAsync(connection, "PRAGMA journal_mode = DELETE");
        return Stopwatch.GetElapsedTime(started);
    }

    public async Task<long> CountUnhashedAsync()
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t WHERE token NOT LIKE '$%'";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
