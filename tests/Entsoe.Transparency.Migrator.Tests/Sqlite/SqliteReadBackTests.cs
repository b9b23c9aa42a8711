using Entsoe.Transparency.Migrator.Tests.Support;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary>The read-back inside each batch: a trigger that rewrites the token column makes the batch roll back.</summary>
public sealed class SqliteReadBackTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MigrateExecute_TriggerRewritesTheToken_RollsBackAndExitsOne(bool hashColumnMode)
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("trigger.db"), 500);
        accounts.Execute(hashColumnMode
            ? "ALTER TABLE accounts ADD COLUMN token_hash varchar(80) NULL; CREATE TRIGGER rewrite AFTER UPDATE OF token_hash ON accounts BEGIN UPDATE accounts SET token_hash = 'other' WHERE id = NEW.id; END;"
            : "CREATE TRIGGER rewrite AFTER UPDATE OF token ON accounts WHEN NEW.token LIKE '$%' BEGIN UPDATE accounts SET token = '$other' WHERE id = NEW.id; END;");
        string[] extra = hashColumnMode ? ["--hash-column", "token_hash"] : [];

        var result = await CliRunner.RunAsync(["migrate", "--execute", .. accounts.TableArguments(keys.Path), .. extra]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("rolled back", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, accounts.CountHashed());
        Assert.Equal(accounts.Originals, accounts.ReadAll().ToDictionary(p => p.Key, p => p.Value!));
    }

    public void Dispose() => temp.Dispose();
}
