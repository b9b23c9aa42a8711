using Npgsql;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

public sealed class PostgresScratchSchemaTests
{
    [PostgresFact]
    public async Task DisposeAsync_AfterTableCreated_DropsSchemaAndTable()
    {
        string name;
        await using (var schema = await PostgresScratchSchema.CreateAsync())
        {
            name = schema.Name;
            await schema.CreateTokenTableAsync("t", "bigint", "text", [(1L, "a"), (2L, null)]);
            var rows = await schema.ReadTokensAsync<long>("t");
            Assert.Equal(new Dictionary<long, string?> { [1] = "a", [2] = null }, rows);
        }

        await using var connection = new NpgsqlConnection(PostgresEnvironment.RequireConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.schemata WHERE schema_name = @n", connection);
        command.Parameters.AddWithValue("n", name);
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public void SkipReason_VariableUnsetOutsideCi_SkipsNamingTheVariable()
    {
        var reason = PostgresEnvironment.SkipReason(connectionString: null, isCi: false);

        Assert.NotNull(reason);
        Assert.Contains("TOOLKIT_POSTGRES", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipReason_VariableUnsetInCi_RunsSoTheTestFails()
    {
        Assert.Null(PostgresEnvironment.SkipReason(connectionString: null, isCi: true));
    }

    [Fact]
    public void SkipReason_VariableSet_Runs()
    {
        Assert.Null(PostgresEnvironment.SkipReason("Host=localhost", isCi: false));
    }
}
