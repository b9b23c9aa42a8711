using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary>Unique indexes on SQLite: what DescribeAsync reports, and a batch that one rejects.</summary>
public sealed class SqliteUniqueIndexTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task DescribeAsync_Indexes_ReportsColumnsUniquenessPartialAndExpressions()
    {
        var accounts = SqliteAccounts.Create(temp.File("describe.db"), 10);
        accounts.Execute(
            "ALTER TABLE accounts ADD COLUMN tenant int; "
            + "CREATE UNIQUE INDEX ux_tenant_token ON accounts (tenant, token); "
            + "CREATE UNIQUE INDEX ux_token ON accounts (token) WHERE token IS NOT NULL; "
            + "CREATE UNIQUE INDEX ux_lower ON accounts (lower(token)); "
            + "CREATE INDEX ix_plain ON accounts (token);");
        var target = TableTarget.Create(null, "accounts", "id", "token", null);
        await using var store = await new SqliteTokenStoreProvider().OpenAsync(accounts.ConnectionString, target, StoreOpenOptions.ReadOnly, CancellationToken.None);

        var description = await store.DescribeAsync(CancellationToken.None);
        var indexes = description.Indexes.ToDictionary(i => i.Name);

        Assert.True(description.KeyIsUnique);
        Assert.Equal(["ix_plain", "ux_lower", "ux_tenant_token", "ux_token"], indexes.Keys.Order(StringComparer.Ordinal));
        Assert.False(indexes["ix_plain"].IsUnique);
        Assert.True(indexes["ux_token"].IsUnique);
        Assert.Equal(["tenant", "token"], indexes["ux_tenant_token"].Columns);
        Assert.False(indexes["ux_tenant_token"].IsPartial);
        Assert.True(indexes["ux_token"].IsOn("token"));
        Assert.True(indexes["ux_token"].IsPartial);
        Assert.Equal([null], indexes["ux_lower"].Columns);
        Assert.All(indexes.Values, i => Assert.True(i.NullsDistinct));
    }

    [Fact]
    public async Task MigrateExecute_UniqueIndexOverTwoColumnsRejectsABatch_ExitsOneAndKeepsEarlierBatches()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("unique.db"), 900);

        // Key 1 holds an upper-case token (SqliteAccounts); key 2000 gets the same token in lower case, in a later batch.
        var twin = accounts.Originals[1].ToLowerInvariant();
        accounts.Execute(
            "ALTER TABLE accounts ADD COLUMN tenant int NOT NULL DEFAULT 1; "
            + "CREATE UNIQUE INDEX ux_tenant_token ON accounts (tenant, token); "
            + $"INSERT INTO accounts (id, token) VALUES (2000, '{twin}');");

        var result = await CliRunner.RunAsync(["migrate", "--execute", "--verbose", .. accounts.TableArguments(keys.Path), "--batch-size", "200"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("A unique index on the table rejected a hashed value", result.Error, StringComparison.Ordinal);
        var after = accounts.ReadAll();
        Assert.StartsWith("$", after[1], StringComparison.Ordinal);
        Assert.Equal(twin, after[2000]);
        Assert.DoesNotContain(twin, result.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(keys.Hasher.Hash(twin), result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateExecute_DuplicateCheckOutlastsMaxDuration_ExitsFourAndWritesNothing()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("slowcheck.db"), 50_000);
        accounts.Execute("CREATE UNIQUE INDEX ux_token ON accounts (token);");

        // Reading and hashing 50,000 rows takes far longer than a millisecond on any machine.
        var result = await CliRunner.RunAsync(["migrate", "--execute", .. accounts.TableArguments(keys.Path), "--max-duration", "0.001s"]);

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("did not finish within --max-duration 0.001s", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, accounts.CountHashed());
    }

    [Fact]
    public async Task MigrateExecute_DuplicateCheckWithinMaxDuration_MigratesEveryRow()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("fastcheck.db"), 2_000);
        accounts.Execute("CREATE UNIQUE INDEX ux_token ON accounts (token);");

        var result = await CliRunner.RunAsync(["migrate", "--execute", .. accounts.TableArguments(keys.Path), "--max-duration", "10m"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("Stopped by --max-duration", result.Error, StringComparison.Ordinal);
        Assert.Equal(2_000, accounts.CountHashed());
    }

    public void Dispose() => temp.Dispose();
}
