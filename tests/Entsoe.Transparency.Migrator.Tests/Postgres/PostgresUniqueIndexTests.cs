using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>Unique indexes on PostgreSQL: what DescribeAsync reports, and the refusals and errors they lead to.</summary>
public sealed class PostgresUniqueIndexTests : IDisposable
{
    private const string Variable = "ENTSOE_UNIQUE_DB";
    private readonly TempDirectory temp = new();

    [PostgresFact]
    public async Task DescribeAsync_Indexes_ReportsColumnsUniquenessNullsPartialAndExpressions()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("unique");
        var table = $"\"{schema.Name}\".accounts";
        await schema.ExecuteAsync(
            $"CREATE TABLE {table} (id bigint PRIMARY KEY, tenant int, token varchar(80), token_hash varchar(80)); "
            + $"CREATE UNIQUE INDEX ux_tenant_token ON {table} (tenant, token) INCLUDE (token_hash); "
            + $"CREATE UNIQUE INDEX ux_hash ON {table} (token_hash) WHERE token_hash IS NOT NULL; "
            + $"CREATE UNIQUE INDEX ux_lower ON {table} (lower(token)); "
            + $"CREATE UNIQUE INDEX ux_token ON {table} (token) NULLS NOT DISTINCT; "
            + $"CREATE INDEX ix_hash_token ON {table} (token_hash, token);");
        var target = TableTarget.Create(schema.Name, "accounts", "id", "token", "token_hash");
        await using var store = await new PostgresTokenStoreProvider().OpenAsync(schema.ConnectionString, target, StoreOpenOptions.ReadOnly, CancellationToken.None);

        var indexes = (await store.DescribeAsync(CancellationToken.None)).Indexes.ToDictionary(i => i.Name);

        Assert.Equal(["accounts_pkey", "ix_hash_token", "ux_hash", "ux_lower", "ux_tenant_token", "ux_token"], indexes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["token_hash", "token"], indexes["ix_hash_token"].Columns);
        Assert.False(indexes["ix_hash_token"].IsUnique);
        Assert.True(indexes["ux_token"].IsUnique);
        Assert.Equal(["id"], indexes["accounts_pkey"].Columns);
        Assert.Equal(["tenant", "token"], indexes["ux_tenant_token"].Columns);
        Assert.True(indexes["ux_hash"].IsPartial);
        Assert.True(indexes["ux_hash"].NullsDistinct);
        Assert.Equal([null], indexes["ux_lower"].Columns);
        Assert.False(indexes["ux_token"].NullsDistinct);
        Assert.False(indexes["ux_token"].IsPartial);
    }

    [PostgresFact]
    public async Task MigrateExecute_HashColumnModeAndTokenIndexWithNullsNotDistinct_RefusesAndWritesNothing()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("unique");
        var originals = Enumerable.Range(1, 50).ToDictionary(i => (long)i, _ => TokenGenerator.Generate());
        await schema.CreateTokenTableAsync("accounts", "bigint", "varchar(80)", originals.Select(p => ((object)p.Key, (string?)p.Value)));
        await schema.ExecuteAsync(
            $"ALTER TABLE \"{schema.Name}\".accounts ADD COLUMN token_hash varchar(80); "
            + $"CREATE UNIQUE INDEX ux_token ON \"{schema.Name}\".accounts (token) NULLS NOT DISTINCT;");
        using var keys = new TestKeys(temp.Path);

        var result = await CliRunner.RunAsync(
            ["migrate", "--execute", .. Arguments(schema, keys), "--hash-column", "token_hash"],
            environment: new Dictionary<string, string> { [Variable] = schema.ConnectionString });

        Assert.True(result.ExitCode == 4, result.ToString());
        Assert.Contains("Unique index 'ux_token' on 'token' lets only one row hold NULL", result.Error, StringComparison.Ordinal);
        Assert.Equal(originals, (await schema.ReadTokensAsync<long>("accounts", "key")).ToDictionary(p => p.Key, p => p.Value!));
    }

    [PostgresFact]
    public async Task MigrateExecute_UniqueIndexOverTwoColumnsRejectsABatch_ExitsOneWithoutQuotingAValue()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("unique");
        var originals = Enumerable.Range(1, 4_000).ToDictionary(i => (long)i, _ => TokenGenerator.Generate());

        // Account 3,000 holds account 10's token in upper case: the same token once canonical, so the same hash. Batches
        // that committed before the rejection stay committed.
        originals[3_000] = originals[10].ToUpperInvariant();
        await schema.CreateTokenTableAsync("accounts", "bigint", "varchar(80)", originals.Select(p => ((object)p.Key, (string?)p.Value)));
        await schema.ExecuteAsync(
            $"ALTER TABLE \"{schema.Name}\".accounts ADD COLUMN tenant int NOT NULL DEFAULT 1; "
            + $"CREATE UNIQUE INDEX ux_tenant_token ON \"{schema.Name}\".accounts (tenant, token); ANALYZE \"{schema.Name}\".accounts;");
        using var keys = new TestKeys(temp.Path);

        var result = await CliRunner.RunAsync(
            ["migrate", "--execute", "--verbose", .. Arguments(schema, keys), "--batch-size", "500"],
            environment: new Dictionary<string, string> { [Variable] = schema.ConnectionString });

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("A unique index on the table rejected a hashed value", result.Error, StringComparison.Ordinal);
        var after = await schema.ReadTokensAsync<long>("accounts", "key");

        // Two writers take the halves of the keys: whichever of the pair comes second is the one rejected.
        var pair = new[] { after[10]!, after[3_000]! };
        Assert.Single(pair, value => value.StartsWith('$'));
        Assert.Contains(pair, value => value == originals[10] || value == originals[3_000]);
        var hashed = after.Values.Count(v => v!.StartsWith('$'));
        Assert.InRange(hashed, 1, originals.Count - 1);
        Assert.DoesNotContain(originals[10], result.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(keys.Hasher.Hash(originals[10]), result.All, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static string[] Arguments(PostgresScratchSchema schema, TestKeys keys) =>
    [
        "--provider", "postgres", "--connection-env", Variable, "--schema", schema.Name, "--table", "accounts",
        "--key-column", "key", "--token-column", "token", "--keys-file", keys.Path,
    ];
}
