using Entsoe.Transparency.Migrator.Migration;
using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary>
/// The fused batch takes a range's bounds and its untouched rows from the read-ahead; these tests change the range
/// after the read-ahead saw it, so the read-back must catch it and the batch must run again from reads under the lock.
/// </summary>
public sealed class SqliteFusedBatchTests : IDisposable
{
    private const int Rows = 10;
    private const int Limit = 4;
    private readonly TempDirectory temp = new();
    private readonly TestKeys keys;
    private readonly string path;
    private readonly string[] tokens = new string[Rows + 1];
    private readonly SqliteConnection connection;
    private readonly DuplicateDetector duplicates = new();
    private readonly FusedBatchRows rows;

    public SqliteFusedBatchTests()
    {
        keys = new TestKeys(temp.Path);
        rows = new FusedBatchRows(new RowClassifier(keys.Hasher, false), duplicates);
        path = temp.File("fused.db");
        connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute("PRAGMA journal_mode = WAL");
        Execute("CREATE TABLE t (key INTEGER PRIMARY KEY, token TEXT)");
        for (var key = 1; key <= Rows; key++)
        {
            // Row 3 is NULL; every other row holds a plaintext token.
            tokens[key] = key == 3 ? null! : Guid.NewGuid().ToString();
            Execute("INSERT INTO t (key, token) VALUES (@k, @t)", ("@k", key), ("@t", (object?)tokens[key] ?? DBNull.Value));
        }
    }

    [Fact]
    public void IsAvailable_BundledSqliteLibrary_ReturnsTrue()
    {
        // Otherwise every integer-key SQLite migration would silently take the slower general path.
        Assert.True(SqliteNative.IsAvailable);
    }

    [Fact]
    public void Run_RangeUnchangedSinceReadAhead_HashesEveryPlaintextRowWithoutRedoing()
    {
        using var fused = Create(out _);
        var entries = new List<ReportEntry>();

        RunAll(fused, entries);

        Assert.Equal(0, fused.Redone);
        Assert.Equal(Rows, entries.Count);
        Assert.Equal(RowOutcome.Empty, Assert.Single(entries, e => e.Key.Integer == 3).Outcome);
        Assert.All(entries.Where(e => e.Key.Integer != 3), e => Assert.Equal(RowOutcome.Hashed, e.Outcome));
        AssertEveryTokenVerifies(except: 3);
    }

    [Fact]
    public void Run_NullRowGivenAPlaintextTokenAfterReadAhead_RedoesTheBatchAndHashesIt()
    {
        using var fused = Create(out var prefetch);
        var entries = new List<ReportEntry>();
        prefetch.BeginRange(long.MinValue);
        tokens[3] = Guid.NewGuid().ToString();
        Execute("UPDATE t SET token = @t WHERE key = 3", ("@t", tokens[3]));

        RunAll(fused, entries);

        Assert.Equal(1, fused.Redone);
        Assert.Equal(Rows, entries.Count);
        Assert.All(entries, e => Assert.Equal(RowOutcome.Hashed, e.Outcome));
        AssertEveryTokenVerifies(except: null);
    }

    [Fact]
    public void Run_PlaintextRowOverwrittenWithANewHashAfterReadAhead_RedoesTheBatchAndKeepsTheNewValue()
    {
        using var fused = Create(out var prefetch);
        var entries = new List<ReportEntry>();
        prefetch.BeginRange(long.MinValue);
        var issued = TokenGenerator.Issue(keys.Hasher, TokenFormat.Uuid);
        Execute("UPDATE t SET token = @t WHERE key = 2", ("@t", issued.StoredValue));

        RunAll(fused, entries);

        Assert.Equal(1, fused.Redone);
        Assert.Equal(RowOutcome.AlreadyHashed, Assert.Single(entries, e => e.Key.Integer == 2).Outcome);
        Assert.Equal(issued.StoredValue, Read(2));
        Assert.Equal(VerificationResult.Valid, keys.Verifier.Verify(issued.RevealToken(), Read(2)));
    }

    [Fact]
    public void Run_RowInsertedAtTheEndAfterReadAhead_RedoesTheLastBatchAndReportsIt()
    {
        using var fused = Create(out var prefetch);
        var entries = new List<ReportEntry>();
        long? after = null;
        for (var batch = 1; batch <= 2; batch++)
        {
            after = Run(fused, after, batch, entries);
        }

        // The read-ahead of the last range (keys 9 and 10) is ready; a row with an empty token arrives after it.
        prefetch.BeginRange(after!.Value);
        Execute("INSERT INTO t (key, token) VALUES (11, '')");
        RunAll(fused, entries, after, firstBatch: 3);

        Assert.Equal(1, fused.Redone);
        Assert.Equal(RowOutcome.Empty, Assert.Single(entries, e => e.Key.Integer == 11).Outcome);
        Assert.Equal(Rows + 1, entries.Count);
    }

    public void Dispose()
    {
        connection.Dispose();
        duplicates.Dispose();
        keys.Dispose();
        temp.Dispose();
    }

    private void RunAll(SqliteFusedBatch fused, List<ReportEntry> entries, long? after = null, int firstBatch = 1)
    {
        for (var batch = firstBatch; ; batch++)
        {
            after = Run(fused, after, batch, entries);
            if (after is null)
            {
                return;
            }
        }
    }

    private long? Run(SqliteFusedBatch fused, long? after, long batch, List<ReportEntry> entries)
    {
        rows.BeginBatch(batch, entries);
        return fused.Run(after, Limit);
    }

    private SqliteFusedBatch Create(out SqliteHashPrefetch prefetch)
    {
        prefetch = SqliteHashPrefetch.TryStart($"Data Source={path}", "\"t\"", "\"key\"", "\"token\"", rows, Limit, null)
            ?? throw new InvalidOperationException("The read-ahead did not start on a file database.");
        return new SqliteFusedBatch(connection, "\"t\"", "\"key\"", "\"token\"", rows, prefetch);
    }

    private void AssertEveryTokenVerifies(long? except)
    {
        for (var key = 1; key <= Rows; key++)
        {
            if (key == except)
            {
                Assert.Null(Read(key));
                continue;
            }

            Assert.Equal(VerificationResult.Valid, keys.Verifier.Verify(tokens[key], Read(key)));
        }
    }

    private string? Read(long key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT token FROM t WHERE key = @k";
        command.Parameters.AddWithValue("@k", key);
        return command.ExecuteScalar() as string;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
