using Entsoe.Transparency.Tokens.Storage;
using Npgsql;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

public sealed class PostgresTokenStoreProviderTests
{
    private const string Canary = "pw-canary-7f3a9c";
    private readonly PostgresTokenStoreProvider provider = new();

    [Fact]
    public void DescribeConnection_WithPassword_NamesHostAndDatabaseOnly()
    {
        var described = provider.DescribeConnection($"Host=db.example;Port=5433;Database=tp;Username=dba;Password={Canary}");

        Assert.Equal("PostgreSQL host db.example:5433, database tp", described);
        Assert.True(provider.HasPassword($"Host=db.example;Password={Canary}"));
        Assert.Equal([Canary], provider.SecretsOf($"Host=db.example;Password={Canary}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Database=tp")]
    [InlineData("Host=db;Bogus Keyword=1;Password=" + Canary)]
    public void DescribeConnection_Unusable_IsAConfigurationErrorWithoutTheString(string connectionString)
    {
        var error = Assert.Throws<StoreConfigurationException>(() => provider.DescribeConnection(connectionString));

        Assert.DoesNotContain(Canary, error.Message, StringComparison.Ordinal);
        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_NothingListening_IsAConnectionErrorNamingHostOnly()
    {
        var target = TableTarget.Create(null, "t", "k", "v", null);

        var error = await Assert.ThrowsAsync<StoreConnectionException>(() => provider.OpenAsync(
            $"Host=127.0.0.1;Port=1;Username=u;Password={Canary};Timeout=3", target, StoreOpenOptions.ReadOnly, CancellationToken.None));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task OpenAsync_WrongPassword_SaysTheLoginWasRefused()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresEnvironment.RequireConnectionString()) { Password = Canary, Pooling = false };
        var target = TableTarget.Create(null, "t", "k", "v", null);

        var error = await Assert.ThrowsAsync<StoreConnectionException>(() => provider.OpenAsync(builder.ConnectionString, target, StoreOpenOptions.ReadOnly, CancellationToken.None));

        Assert.Contains("refused the login", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task DescribeAsync_ColumnTypes_ReportsCategoryWidthAndUniqueness()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("describe");
        await schema.ExecuteAsync(
            $"CREATE TABLE \"{schema.Name}\".\"Accounts\" (id integer PRIMARY KEY, narrow varchar(36) NOT NULL, wide text, as_uuid uuid, code varchar(64))");
        var target = TableTarget.Create(schema.Name, "Accounts", "id", "narrow", "wide");
        await using var store = await provider.OpenAsync(schema.ConnectionString, target, StoreOpenOptions.ReadOnly, CancellationToken.None);

        var description = await store.DescribeAsync(CancellationToken.None);

        Assert.True(description.TableExists);
        Assert.True(description.KeyIsUnique);
        Assert.Equal(ColumnCategory.Integer, description.Key!.Category);
        Assert.Equal(new ColumnDescription("narrow", "character varying(36)", ColumnCategory.Text, 36, false), description.Token);
        Assert.Equal(new ColumnDescription("wide", "text", ColumnCategory.Text, null, true), description.Hash);
    }

    [PostgresFact]
    public async Task DescribeAsync_UuidColumnAndNonUniqueKey_AreReported()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("describe");
        await schema.ExecuteAsync($"CREATE TABLE \"{schema.Name}\".t (code varchar(64), token uuid)");
        await using var store = await provider.OpenAsync(
            schema.ConnectionString, TableTarget.Create(schema.Name, "t", "code", "token", null), StoreOpenOptions.ReadOnly, CancellationToken.None);

        var description = await store.DescribeAsync(CancellationToken.None);

        Assert.False(description.KeyIsUnique);
        Assert.Equal(ColumnCategory.Uuid, description.Token!.Category);
    }

    [PostgresFact]
    public async Task DescribeAsync_MissingTableOrSchema_ReportsMissing()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("describe");
        await using var store = await provider.OpenAsync(
            schema.ConnectionString, TableTarget.Create(schema.Name, "absent", "k", "v", null), StoreOpenOptions.ReadOnly, CancellationToken.None);
        await using var other = await provider.OpenAsync(
            schema.ConnectionString, TableTarget.Create("no_such_schema_x", "t", "k", "v", null), StoreOpenOptions.ReadOnly, CancellationToken.None);

        Assert.False((await store.DescribeAsync(CancellationToken.None)).TableExists);
        Assert.False((await other.DescribeAsync(CancellationToken.None)).TableExists);
    }

    [PostgresFact]
    public async Task FindByStoredValuesAsync_UuidTokenColumnInHashColumnMode_FindsPlaintextAndHash()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("uuid");
        var uuid = Guid.NewGuid();
        await schema.ExecuteAsync(
            $"CREATE TABLE \"{schema.Name}\".t (id bigint PRIMARY KEY, token uuid, token_hash varchar(80)); "
            + $"INSERT INTO \"{schema.Name}\".t VALUES (1, '{uuid}', NULL), (2, NULL, '$sha256$abc')");
        await using var store = await provider.OpenAsync(
            schema.ConnectionString, TableTarget.Create(schema.Name, "t", "id", "token", "token_hash"), StoreOpenOptions.ReadOnly, CancellationToken.None);

        var byToken = await store.FindByStoredValuesAsync([uuid.ToString(), "$sha256$zzz"], CancellationToken.None);
        var byHash = await store.FindByStoredValuesAsync(["$sha256$abc"], CancellationToken.None);

        Assert.Equal(new StoredRow(RowKey.FromInteger(1), uuid.ToString(), null), Assert.Single(byToken));
        Assert.Equal(RowKey.FromInteger(2), Assert.Single(byHash).Key);
    }

    [PostgresFact]
    public async Task ApplyBatchAsync_TriggerRewritesTheValue_RollsBackAndThrows()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("trigger");
        var table = $"\"{schema.Name}\".t";
        await schema.ExecuteAsync(
            $"CREATE TABLE {table} (id bigint PRIMARY KEY, token text); INSERT INTO {table} VALUES (1, 'a'), (2, 'b'); "
            + $"CREATE FUNCTION \"{schema.Name}\".rewrite() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.token := 'x'; RETURN NEW; END $$; "
            + $"CREATE TRIGGER rewrite BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION \"{schema.Name}\".rewrite();");
        await using var store = await provider.OpenAsync(
            schema.ConnectionString, TableTarget.Create(schema.Name, "t", "id", "token", null), StoreOpenOptions.Writes, CancellationToken.None);

        await Assert.ThrowsAsync<ReadBackMismatchException>(() => store.ApplyBatchAsync(
            [new RowUpdate(RowKey.FromInteger(1), "a", "$sha256$1"), new RowUpdate(RowKey.FromInteger(2), "b", "$sha256$2")], CancellationToken.None));

        Assert.Equal(new Dictionary<long, string?> { [1] = "a", [2] = "b" }, await schema.ReadTokensAsync<long>("t", keyColumn: "id"));
    }

    [PostgresFact]
    public async Task ApplyBatchAsync_RowDeletedSinceRead_IsReportedChanged()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("deleted");
        var table = $"\"{schema.Name}\".t";
        await schema.ExecuteAsync($"CREATE TABLE {table} (id text PRIMARY KEY, token text); INSERT INTO {table} VALUES ('a', '1'), ('b', '2')");
        await using var store = await provider.OpenAsync(
            schema.ConnectionString, TableTarget.Create(schema.Name, "t", "id", "token", null), StoreOpenOptions.Writes, CancellationToken.None);
        await schema.ExecuteAsync($"DELETE FROM {table} WHERE id = 'b'");

        var result = await store.ApplyBatchAsync(
            [new RowUpdate(RowKey.FromText("a"), "1", "$sha256$1"), new RowUpdate(RowKey.FromText("b"), "2", "$sha256$2")], CancellationToken.None);

        Assert.Equal(1, result.Applied);
        Assert.Equal([RowKey.FromText("b")], result.ChangedConcurrently);
    }

    [PostgresFact]
    public async Task Store_AwkwardQuotedNames_ReadWriteAndDescribe()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("names");
        var table = $"\"{schema.Name}\".\"User Accounts\"";
        await schema.ExecuteAsync(
            $"CREATE TABLE {table} (\"Account-Id\" varchar(20) PRIMARY KEY, \"security token\" varchar(80), \"select\" varchar(80)); "
            + $"INSERT INTO {table} VALUES ('b', 'tok-b', NULL), ('a', 'tok-a', NULL)");
        var target = TableTarget.Create(schema.Name, "User Accounts", "Account-Id", "security token", "select");
        await using var store = await provider.OpenAsync(schema.ConnectionString, target, StoreOpenOptions.Writes, CancellationToken.None);
        var rows = new List<StoredRow>();

        var description = await store.DescribeAsync(CancellationToken.None);
        await store.ReadBatchAsync(KeyKind.Text, null, 10, rows, CancellationToken.None);
        var result = await store.ApplyBatchAsync([new RowUpdate(RowKey.FromText("a"), "tok-a", "$sha256$a")], CancellationToken.None);

        Assert.True(description.KeyIsUnique);
        Assert.Equal(["a", "b"], rows.Select(r => r.Key.Text));
        Assert.Equal(1, result.Applied);
        Assert.Equal(new StoredRow(RowKey.FromText("a"), null, "$sha256$a"), await store.ReadRowAsync(RowKey.FromText("a"), CancellationToken.None));
    }

    [PostgresFact]
    public async Task OpenAsync_ReadOnly_ServerRefusesAnyWrite()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("readonly");
        await schema.ExecuteAsync($"CREATE TABLE \"{schema.Name}\".t (id bigint PRIMARY KEY, token text); INSERT INTO \"{schema.Name}\".t VALUES (1, 'a')");
        await using var store = await provider.OpenAsync(
            schema.ConnectionString, TableTarget.Create(schema.Name, "t", "id", "token", null), StoreOpenOptions.ReadOnly, CancellationToken.None);

        var error = await Assert.ThrowsAsync<PostgresException>(
            () => store.ApplyBatchAsync([new RowUpdate(RowKey.FromInteger(1), "a", "$sha256$a")], CancellationToken.None));

        Assert.Equal("25006", error.SqlState);
        Assert.Equal(new Dictionary<long, string?> { [1] = "a" }, await schema.ReadTokensAsync<long>("t", keyColumn: "id"));
    }
}
