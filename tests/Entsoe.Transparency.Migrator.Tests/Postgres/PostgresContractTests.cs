using Entsoe.Transparency.Migrator.Tests.Contract;
using Entsoe.Transparency.Tokens.Storage;
using NpgsqlTypes;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// The contract suite on the real PostgreSQL server named by <c>TOOLKIT_POSTGRES</c>, each test in its own schema
/// (so every statement is exercised schema-qualified).
/// </summary>
[RequiresConnection(PostgresEnvironment.Variable, RequiredInCi = true)]
public sealed class PostgresContractTests : TokenStoreContractTests, IAsyncLifetime
{
    private PostgresScratchSchema? schema;

    protected override string ProviderName => "postgres";

    public async Task InitializeAsync() => schema = await PostgresScratchSchema.CreateAsync("contract");

    public async Task DisposeAsync()
    {
        if (schema is not null)
        {
            await schema.DisposeAsync();
        }
    }

    protected override async Task<ContractTable> CreateTableAsync(ContractTableSpec spec)
    {
        var scratch = schema ?? throw new InvalidOperationException("The scratch schema was not created.");
        var table = $"\"{scratch.Name}\".\"{spec.TableName}\"";
        var key = $"\"{ContractTableSpec.KeyColumn}\"";
        var token = $"\"{ContractTableSpec.TokenColumn}\"";
        var hash = $"\"{ContractTableSpec.HashColumnName}\"";
        var keyType = spec.KeyKind == KeyKind.Integer ? "bigint" : "varchar(64)";
        var hashDefinition = spec.HashColumn ? $", {hash} varchar(80) NULL" : string.Empty;
        await scratch.ExecuteAsync(
            $"CREATE TABLE {table} ({key} {keyType} PRIMARY KEY, {token} varchar(80) NULL{hashDefinition}); "
            + $"CREATE {(spec.UniqueIndex && !spec.HashColumn ? "UNIQUE " : string.Empty)}INDEX ON {table} ({token});"
            + (spec.HashColumn ? $"CREATE {(spec.UniqueIndex ? "UNIQUE " : string.Empty)}INDEX ON {table} ({hash});" : string.Empty));

        await using (var connection = await scratch.OpenAsync())
        {
            var columns = spec.HashColumn ? $"{key}, {token}, {hash}" : $"{key}, {token}";
            await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in spec.Rows)
            {
                await writer.StartRowAsync();
                if (row.Key.IsText)
                {
                    await writer.WriteAsync(row.Key.Text, NpgsqlDbType.Varchar);
                }
                else
                {
                    await writer.WriteAsync(row.Key.Integer, NpgsqlDbType.Bigint);
                }

                await WriteNullableAsync(writer, row.Token);
                if (spec.HashColumn)
                {
                    await WriteNullableAsync(writer, row.Hash);
                }
            }

            await writer.CompleteAsync();
        }

        var target = TableTarget.Create(scratch.Name, spec.TableName, ContractTableSpec.KeyColumn, ContractTableSpec.TokenColumn,
            spec.HashColumn ? ContractTableSpec.HashColumnName : null);
        return new ContractTable(scratch.ConnectionString, target);
    }

    private static async Task WriteNullableAsync(Npgsql.NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            await writer.WriteNullAsync();
        }
        else
        {
            await writer.WriteAsync(value, NpgsqlDbType.Varchar);
        }
    }
}
