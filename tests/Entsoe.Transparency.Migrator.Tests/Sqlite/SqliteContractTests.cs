using Entsoe.Transparency.Migrator.Storage;
using Entsoe.Transparency.Migrator.Tests.Contract;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary>The contract suite on real SQLite files.</summary>
public sealed class SqliteContractTests : TokenStoreContractTests
{
    protected override string ProviderName => "sqlite";

    protected override Task<ContractTable> CreateTableAsync(ContractTableSpec spec)
    {
        var path = Temp.File(spec.TableName + ".db");
        SqliteTestDatabase.Create(path, spec);
        var target = TableTarget.Create(null, spec.TableName, ContractTableSpec.KeyColumn, ContractTableSpec.TokenColumn,
            spec.HashColumn ? ContractTableSpec.HashColumnName : null);
        return Task.FromResult(new ContractTable($"Data Source={path}", target));
    }
}
