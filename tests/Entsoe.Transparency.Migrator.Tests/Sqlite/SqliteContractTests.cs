using System.Security.Cryptography;
using Entsoe.Transparency.Migrator.Tests.Contract;
using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary>The contract suite on real SQLite files.</summary>
public sealed class SqliteContractTests : TokenStoreContractTests
{
    protected override string ProviderName => "sqlite";

    [Fact]
    public async Task Migrate_DryRun_LeavesTheFileByteForByteUnchanged()
    {
        using var keys = new TestKeys(Temp.Path);
        var accounts = SqliteAccounts.Create(Temp.File("dry.db"), 5_000);
        var before = SHA256.HashData(await File.ReadAllBytesAsync(accounts.Path));

        var result = await CliRunner.RunAsync(["migrate", .. accounts.TableArguments(keys.Path), "--batch-size", "300"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(accounts.Path)));
        Assert.False(File.Exists(accounts.Path + "-wal"), "the dry run created a WAL file");
        Assert.False(File.Exists(accounts.Path + "-journal"), "the dry run opened a write transaction");
    }

    protected override Task<ContractTable> CreateTableAsync(ContractTableSpec spec)
    {
        var path = Temp.File(spec.TableName + ".db");
        SqliteTestDatabase.Create(path, spec);
        var target = TableTarget.Create(null, spec.TableName, ContractTableSpec.KeyColumn, ContractTableSpec.TokenColumn,
            spec.HashColumn ? ContractTableSpec.HashColumnName : null);
        return Task.FromResult(new ContractTable($"Data Source={path}", target));
    }
}
