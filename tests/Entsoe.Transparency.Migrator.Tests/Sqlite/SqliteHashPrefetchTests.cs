using System.Text;
using Entsoe.Transparency.Migrator.Migration;
using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens.Storage;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

public sealed class SqliteHashPrefetchTests : IDisposable
{
    private const int Rows = 10;
    private readonly TempDirectory temp = new();
    private readonly TestKeys keys;
    private readonly DuplicateDetector duplicates = new();
    private readonly string path;
    private readonly string[] tokens = new string[Rows + 1];

    public SqliteHashPrefetchTests()
    {
        keys = new TestKeys(temp.Path);
        path = temp.File("prefetch.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (key INTEGER PRIMARY KEY, token TEXT)";
        create.ExecuteNonQuery();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t (key, token) VALUES (@k, @t)";
        var k = insert.Parameters.Add("@k", SqliteType.Integer);
        var t = insert.Parameters.Add("@t", SqliteType.Text);
        for (var key = 1; key <= Rows; key++)
        {
            // Row 3 is NULL and row 5 already hashed: neither is prepared.
            tokens[key] = key switch
            {
                3 => null!,
                5 => keys.Hasher.Hash(Guid.NewGuid().ToString()),
                _ => Guid.NewGuid().ToString(),
            };
            k.Value = key;
            t.Value = (object?)tokens[key] ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    [Fact]
    public void TryFind_RowStillHoldsTheBytesThatWereHashed_ReturnsTheStoredValueOfItsToken()
    {
        using var prefetch = Start(limit: Rows);
        prefetch.BeginRange(long.MinValue);

        var found = prefetch.TryFind(1, Encoding.UTF8.GetBytes(tokens[1]), out var row, out var stored);

        Assert.True(found);
        Assert.Equal(RowOutcome.WouldHash, FusedBatchRows.OutcomeOf(row.Class));
        Assert.Equal(keys.Hasher.Hash(tokens[1]), Encoding.UTF8.GetString(stored));
    }

    [Fact]
    public void TryFind_RowChangedSinceItWasRead_ReturnsFalse()
    {
        using var prefetch = Start(limit: Rows);
        prefetch.BeginRange(long.MinValue);

        var found = prefetch.TryFind(2, Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()), out _, out _);

        Assert.False(found);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(Rows + 1)]
    public void TryFind_RowNullAlreadyHashedOrMissing_ReturnsFalse(long key)
    {
        using var prefetch = Start(limit: Rows);
        prefetch.BeginRange(long.MinValue);

        var found = prefetch.TryFind(key, Encoding.UTF8.GetBytes(tokens[1]), out _, out _);

        Assert.False(found);
    }

    [Fact]
    public void BeginRange_LaterBatches_FindsRowsPreparedForEachRange()
    {
        using var prefetch = Start(limit: 4);
        prefetch.BeginRange(long.MinValue);
        prefetch.EndRange(4);
        prefetch.BeginRange(4);
        var second = prefetch.TryFind(6, Encoding.UTF8.GetBytes(tokens[6]), out _, out var secondBytes);
        var secondValue = Encoding.UTF8.GetString(secondBytes);
        prefetch.EndRange(8);
        prefetch.BeginRange(8);
        var third = prefetch.TryFind(10, Encoding.UTF8.GetBytes(tokens[10]), out _, out var thirdBytes);
        var thirdValue = Encoding.UTF8.GetString(thirdBytes);

        Assert.True(second);
        Assert.Equal(keys.Hasher.Hash(tokens[6]), secondValue);
        Assert.True(third);
        Assert.Equal(keys.Hasher.Hash(tokens[10]), thirdValue);
    }

    [Fact]
    public void TryStart_InMemoryDatabase_ReturnsNull()
    {
        var prefetch = SqliteHashPrefetch.TryStart("Data Source=:memory:", "\"t\"", "\"key\"", "\"token\"", Handler(), 10, null);

        Assert.Null(prefetch);
    }

    public void Dispose()
    {
        duplicates.Dispose();
        keys.Dispose();
        temp.Dispose();
    }

    private FusedBatchRows Handler() => new(new RowClassifier(keys.Hasher, false), duplicates);

    private SqliteHashPrefetch Start(int limit) =>
        SqliteHashPrefetch.TryStart($"Data Source={path}", "\"t\"", "\"key\"", "\"token\"", Handler(), limit, null)
        ?? throw new InvalidOperationException("The prefetch did not start on a file database.");
}
