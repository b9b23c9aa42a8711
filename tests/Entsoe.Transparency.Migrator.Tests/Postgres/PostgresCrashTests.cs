using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens;
using Npgsql;
using NpgsqlTypes;
using Xunit.Abstractions;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// <c>kill -9</c> at random moments loses nothing: the real <c>entsoe-tokens</c> process migrates a 200,000-row
/// PostgreSQL table and is SIGKILLed at least ten times; a final run completes, and then every row holds exactly
/// Hash(original token): never the plaintext, never Hash(Hash(...)).
/// </summary>
public sealed class PostgresCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Rows = 200_000;
    private const int Kills = 10;
    private const string ConnectionVariable = "ENTSOE_CRASH_TEST_DB";
    private readonly TempDirectory temp = new();

    [PostgresFact]
    public async Task Migrate_KilledAtRandomMoments_RerunHashesEveryRowExactlyOnce()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("crash");
        using var keys = new TestKeys(temp.Path);
        var originals = await SeedAsync(schema);
        var environment = new Dictionary<string, string> { [ConnectionVariable] = schema.ConnectionString };
        string[] arguments =
        [
            "migrate", "--execute", "--provider", "postgres", "--connection-env", ConnectionVariable,
            "--schema", schema.Name, "--table", "accounts", "--key-column", "id", "--token-column", "token",
            "--keys-file", keys.Path, "--batch-size", "2000", "--writers", "2",
        ];
        var runner = new CrashTestRunner(arguments, environment, () => CountHashedAsync(schema), () => ResetAsync(schema, originals), Rows, output)
        {
            Kills = Kills,
            MinDelayMilliseconds = 600,
            MaxDelayMilliseconds = 2500,
        };

        var partial = await runner.RunAsync();

        Assert.True(partial > 0, "no kill left a partly migrated table");
        var after = await schema.ReadTokensAsync<long>("accounts", keyColumn: "id");
        var verifier = new TokenVerifier(keys.Hasher);
        foreach (var (key, original) in originals)
        {
            // Exactly Hash(original): a row hashed twice would hold Hash(Hash(original)) and fail this.
            Assert.Equal(keys.Hasher.Hash(original), after[key]);
            Assert.Equal(VerificationResult.Valid, verifier.Verify(original, after[key]));
        }
    }

    public void Dispose() => temp.Dispose();

    private static async Task<Dictionary<long, string>> SeedAsync(PostgresScratchSchema schema)
    {
        var originals = new Dictionary<long, string>(Rows);
        for (var i = 0; i < Rows; i++)
        {
            // Gaps in the keys, and every 97th token in upper case (still the same token, canonically).
            var token = TokenGenerator.Generate();
            originals[(i * 3L) + 1] = i % 97 == 0 ? token.ToUpperInvariant() : token;
        }

        await schema.ExecuteAsync($"CREATE TABLE \"{schema.Name}\".accounts (id bigint PRIMARY KEY, token varchar(80))");
        await CopyAsync(schema, originals);
        return originals;
    }

    private static async Task CopyAsync(PostgresScratchSchema schema, Dictionary<long, string> rows)
    {
        await using var connection = await schema.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{schema.Name}\".accounts (id, token) FROM STDIN (FORMAT BINARY)");
        foreach (var (key, token) in rows)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(key, NpgsqlDbType.Bigint);
            await writer.WriteAsync(token, NpgsqlDbType.Varchar);
        }

        await writer.CompleteAsync();
    }

    private static async Task ResetAsync(PostgresScratchSchema schema, Dictionary<long, string> originals)
    {
        await schema.ExecuteAsync($"TRUNCATE \"{schema.Name}\".accounts");
        await CopyAsync(schema, originals);
    }

    private static async Task<long> CountHashedAsync(PostgresScratchSchema schema)
    {
        await using var connection = await schema.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{schema.Name}\".accounts WHERE token LIKE '$%'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
