using Entsoe.Transparency.Tokens.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// The statements that run per batch or per login must be able to use an index (with sequential scans disabled the
/// planner must still find a plan without one); otherwise a big table would be scanned once per batch.
/// </summary>
public sealed class PostgresStatementsTests
{
    [PostgresTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Statements_PerBatchAndLookup_UseIndexesNotSequentialScans(bool hashColumn)
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("plans");
        await schema.ExecuteAsync(
            $"CREATE TABLE \"{schema.Name}\".t (id bigint PRIMARY KEY, token varchar(80), token_hash varchar(80)); "
            + $"CREATE INDEX ON \"{schema.Name}\".t (token); CREATE INDEX ON \"{schema.Name}\".t (token_hash); ANALYZE \"{schema.Name}\".t");
        var sql = new PostgresStatements(TableTarget.Create(schema.Name, "t", "id", "token", hashColumn ? "token_hash" : null));
        await using var connection = await schema.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        var statements = new (string Sql, NpgsqlParameter[] Parameters)[]
        {
            (sql.ReadAfter, [new NpgsqlParameter<long>("after", 5), new NpgsqlParameter<int>("limit", 1000)]),
            (sql.Update, [Keys(), Texts("old"), Texts("new")]),
            (sql.UpdateInKeyRange, [Keys(), Texts("old"), Texts("new"), new NpgsqlParameter<long>("low", 1), new NpgsqlParameter<long>("high", 3)]),
            (sql.ReadRows, [Keys()]),
            (sql.FindByStoredValues, [Texts("candidates")]),
            (sql.CompareAndSwap, [new NpgsqlParameter<string>("new", "n"), new NpgsqlParameter<long>("key", 1), new NpgsqlParameter<string>("oldToken", "o"), new NpgsqlParameter<string>("oldHash", "h")]),
        };

        foreach (var (text, parameters) in statements)
        {
            var plan = await ExplainAsync(connection, text, parameters);

            Assert.DoesNotContain("Seq Scan on t", plan, StringComparison.Ordinal);
            Assert.Contains("Index", plan, StringComparison.Ordinal);
        }
    }

    [PostgresTheory]
    [InlineData(PostgresStatements.RangeBatchSettings, 3)]
    [InlineData(PostgresStatements.RangeBatchSettingsBefore12, 2)]
    public async Task RangeBatchSettings_InATransaction_HoldForThatTransactionOnly(string settings, long expected)
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("settings");
        await using var connection = await schema.OpenAsync();
        const string show = "SELECT current_setting('synchronous_commit') || ',' || current_setting('enable_nestloop') || ',' || current_setting('plan_cache_mode')";
        var before = await ScalarAsync(connection, null, show);

        string inside;
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.Equal(expected, await ScalarAsync(connection, transaction, settings));
            inside = (string)(await ScalarAsync(connection, transaction, show))!;
            await transaction.CommitAsync();
        }

        Assert.StartsWith("off,off,", inside, StringComparison.Ordinal);
        Assert.Equal(expected == 3, inside.EndsWith(",force_generic_plan", StringComparison.Ordinal));
        Assert.Equal(before, await ScalarAsync(connection, null, show));
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteScalarAsync();
    }

    private static NpgsqlParameter Keys() => new NpgsqlParameter<long[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [1, 2, 3] };

    private static NpgsqlParameter Texts(string name) => new NpgsqlParameter<string[]>(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = ["a", "b", "c"] };

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
