using Entsoe.Transparency.Migrator.Tests.Contract;
using Entsoe.Transparency.Migrator.Tests.Postgres;
using Entsoe.Transparency.Tokens.Storage;
using Microsoft.Data.SqlClient;

namespace Entsoe.Transparency.Migrator.Tests.SqlServer;

/// <summary>
/// The contract suite on a real SQL Server, when <c>TOOLKIT_SQLSERVER</c> holds a connection string to a database the
/// tests may create tables in (each test creates its own <c>entsoe_test_*</c> schema and drops it afterwards). No SQL
/// Server runs on the project's machines or in CI, so there every test here is reported skipped, naming the variable.
/// </summary>
[RequiresConnection(Variable)]
public sealed class SqlServerContractTests : TokenStoreContractTests, IAsyncLifetime
{
    public const string Variable = "TOOLKIT_SQLSERVER";

    private readonly string schema = $"entsoe_test_{Guid.NewGuid():N}"[..24];

    protected override string ProviderName => "sqlserver";

    private static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set.");

    public async Task InitializeAsync() => await ExecuteAsync($"EXEC(N'CREATE SCHEMA [{schema}]');");

    public async Task DisposeAsync() =>
        await ExecuteAsync(
            $"DECLARE @sql nvarchar(max) = N''; SELECT @sql += N'DROP TABLE [{schema}].' + QUOTENAME(name) + N';' FROM sys.tables "
            + $"WHERE schema_id = SCHEMA_ID(N'{schema}'); EXEC(@sql); EXEC(N'DROP SCHEMA [{schema}]');");

    protected override async Task<ContractTable> CreateTableAsync(ContractTableSpec spec)
    {
        var table = $"[{schema}].[{spec.TableName}]";
        var keyType = spec.KeyKind == KeyKind.Integer ? "bigint" : "varchar(64)";
        var hash = spec.HashColumn ? $", [{ContractTableSpec.HashColumnName}] varchar(80) NULL" : string.Empty;
        await ExecuteAsync(
            $"CREATE TABLE {table} ([{ContractTableSpec.KeyColumn}] {keyType} NOT NULL PRIMARY KEY, [{ContractTableSpec.TokenColumn}] varchar(80) NULL{hash}); "
            + (spec.UniqueIndex && !spec.HashColumn
                ? $"CREATE UNIQUE INDEX [ix_token] ON {table} ([{ContractTableSpec.TokenColumn}]) WHERE [{ContractTableSpec.TokenColumn}] IS NOT NULL;"
                : $"CREATE INDEX [ix_token] ON {table} ([{ContractTableSpec.TokenColumn}]);")
            + (!spec.HashColumn ? string.Empty
                : spec.UniqueIndex
                    ? $"CREATE UNIQUE INDEX [ix_hash] ON {table} ([{ContractTableSpec.HashColumnName}]) WHERE [{ContractTableSpec.HashColumnName}] IS NOT NULL;"
                    : $"CREATE INDEX [ix_hash] ON {table} ([{ContractTableSpec.HashColumnName}]);"));

        using (var data = new System.Data.DataTable())
        {
            data.Columns.Add("k", spec.KeyKind == KeyKind.Integer ? typeof(long) : typeof(string));
            data.Columns.Add("t", typeof(string));
            data.Columns.Add("h", typeof(string));
            foreach (var row in spec.Rows)
            {
                data.Rows.Add(row.Key.ToParameterValue(), (object?)row.Token ?? DBNull.Value, (object?)row.Hash ?? DBNull.Value);
            }

            await using var connection = new SqlConnection(ConnectionString);
            await connection.OpenAsync();
            using var copy = new SqlBulkCopy(connection) { DestinationTableName = table };
            copy.ColumnMappings.Add("k", ContractTableSpec.KeyColumn);
            copy.ColumnMappings.Add("t", ContractTableSpec.TokenColumn);
            if (spec.HashColumn)
            {
                copy.ColumnMappings.Add("h", ContractTableSpec.HashColumnName);
            }

            await copy.WriteToServerAsync(data);
        }

        var target = TableTarget.Create(schema, spec.TableName, ContractTableSpec.KeyColumn, ContractTableSpec.TokenColumn,
            spec.HashColumn ? ContractTableSpec.HashColumnName : null);
        return new ContractTable(ConnectionString, target);
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
