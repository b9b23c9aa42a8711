using Entsoe.Transparency.Migrator.Tests.Sqlite;
using Entsoe.Transparency.Migrator.Tests.Support;

namespace Entsoe.Transparency.Migrator.Tests.Cli;

/// <summary>--config, --connection-env, --max-duration, --vacuum, plan's residue list and the help text.</summary>
public sealed class CommandOptionsTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Plan_ConfigFileAndConnectionEnv_ReachTheTableAndListTheResidue()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("cfg.db"), 200);
        await File.WriteAllTextAsync(temp.File("config.json"),
            $$"""{ "provider": "sqlite", "connectionEnv": "TOKENS_DB", "table": "accounts", "keyColumn": "id", "tokenColumn": "token", "keysFile": "{{keys.Path}}", "batchSize": 50 }""");
        var environment = new Dictionary<string, string> { ["TOKENS_DB"] = accounts.ConnectionString };

        var result = await CliRunner.RunAsync(["plan", "--config", temp.File("config.json")], environment: environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"plaintext UUID\s+200\s", result.Out);
        Assert.Contains("Batches: 4 of up to 50 rows", result.Out, StringComparison.Ordinal);
        Assert.Contains("What hashing cannot erase", result.Out, StringComparison.Ordinal);
        Assert.Contains("secure_delete", result.Out, StringComparison.Ordinal);
        Assert.Contains("securityToken=", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_ConfigWithAnUnknownSetting_ExitsTwoNamingTheAllowedOnes()
    {
        await File.WriteAllTextAsync(temp.File("config.json"), """{ "provider": "sqlite", "tabel": "accounts" }""");

        var result = await CliRunner.RunAsync(["plan", "--config", temp.File("config.json")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tokenColumn", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_ConnectionEnvNotSet_ExitsTwo()
    {
        var result = await CliRunner.RunAsync(["migrate", "--provider", "sqlite", "--connection-env", "NOT_SET_ANYWHERE", "--table", "t", "--key-column", "id", "--token-column", "token"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NOT_SET_ANYWHERE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_MaxDurationReached_StopsAfterAWholeBatchAndARerunFinishes()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("max.db"), 2_000);

        var stopped = await CliRunner.RunAsync(["migrate", "--execute", .. accounts.TableArguments(keys.Path), "--batch-size", "100", "--sleep-ms", "20", "--max-duration", "0.05s"]);
        var hashedAfterStop = accounts.CountHashed();
        var rerun = await CliRunner.RunAsync(["migrate", "--execute", .. accounts.TableArguments(keys.Path)]);

        Assert.Equal(0, stopped.ExitCode);
        Assert.Contains("Stopped by --max-duration", stopped.Error, StringComparison.Ordinal);
        Assert.True(hashedAfterStop < 2_000 && hashedAfterStop % 100 == 0, $"{hashedAfterStop} rows hashed");
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(2_000, accounts.CountHashed());
    }

    [Fact]
    public async Task MigrateExecute_WithVacuum_LeavesNoPlaintextTokenInTheFile()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("vacuum.db"), 3_000);

        var result = await CliRunner.RunAsync(["migrate", "--execute", "--vacuum", .. accounts.TableArguments(keys.Path)]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var bytes = await File.ReadAllBytesAsync(accounts.Path);
        var text = System.Text.Encoding.ASCII.GetString(bytes);
        Assert.False(File.Exists(accounts.Path + "-wal") && new FileInfo(accounts.Path + "-wal").Length > 0, "the WAL still holds pages");
        foreach (var token in accounts.Originals.Values)
        {
            Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_Root_ExplainsTheRunbookAndExitCodes()
    {
        var result = await CliRunner.RunAsync(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes: 0 ok, 1 failure, 2 usage/configuration, 3 verification problems, 4 preflight refused", result.Out, StringComparison.Ordinal);
        Assert.Contains("migrate --execute", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
