using System.Text.Json;
using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens;
using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// On PostgreSQL too, a full run with --verbose writes none of the tokens, hashes, key material or the connection's
/// password to stdout, stderr, the report or the summary.
/// </summary>
public sealed class PostgresSecretCanaryTests : IDisposable
{
    private const string Variable = "ENTSOE_CANARY_DB";
    private readonly TempDirectory temp = new();

    [PostgresFact]
    public async Task FullRun_Verbose_LeaksNoTokenHashKeyOrPassword()
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("canary");
        using var keys = new TestKeys(temp.Path);
        var originals = new Dictionary<long, string>();
        for (long key = 1; key <= 3_000; key++)
        {
            originals[key] = key % 10 == 0 ? TokenGenerator.Generate().ToUpperInvariant() : TokenGenerator.Generate();
        }

        await schema.ExecuteAsync($"CREATE TABLE \"{schema.Name}\".accounts (id bigint PRIMARY KEY, token varchar(80)); CREATE INDEX ON \"{schema.Name}\".accounts (token)");
        await using (var connection = await schema.OpenAsync())
        {
            await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{schema.Name}\".accounts (id, token) FROM STDIN (FORMAT BINARY)");
            foreach (var (key, token) in originals)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(key, NpgsqlDbType.Bigint);
                await writer.WriteAsync(token, NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        string[] table =
        [
            "--provider", "postgres", "--connection-env", Variable, "--schema", schema.Name, "--table", "accounts",
            "--key-column", "id", "--token-column", "token", "--keys-file", keys.Path,
        ];
        var environment = new Dictionary<string, string> { [Variable] = schema.ConnectionString };
        var sample = originals.Take(25).ToList();
        await File.WriteAllLinesAsync(temp.File("known.csv"), ["key,token", .. sample.Select(p => $"{p.Key},{p.Value}")]);

        var outputs = new List<CliResult>
        {
            await CliRunner.RunAsync(["plan", "--verbose", .. table], environment: environment),
            await CliRunner.RunAsync(["migrate", "--verbose", .. table, "--report", temp.File("dry.csv")], environment: environment),
            await CliRunner.RunAsync(["migrate", "--execute", "--verbose", .. table, "--report", temp.File("run.csv"), "--summary-json", temp.File("summary.json"), "--batch-size", "250"], environment: environment),
            await CliRunner.RunAsync(["verify", "--verbose", "--known", temp.File("known.csv"), .. table], environment: environment),
            await CliRunner.RunAsync(["token", "check", "--verbose", .. table], stdin: sample[0].Value + "\n", environment: environment),
        };

        Assert.All(outputs, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var stored = (await schema.ReadTokensAsync<long>("accounts", keyColumn: "id")).Values.Select(v => v!).ToList();
        Assert.All(stored, v => Assert.StartsWith("$hmac-sha256$", v, StringComparison.Ordinal));
        var password = new NpgsqlConnectionStringBuilder(schema.ConnectionString).Password;
        var secrets = originals.Values.Concat(stored).Concat(KeyMaterial(keys.Json))
            .Concat(string.IsNullOrEmpty(password) ? [] : [password]).ToList();
        var haystacks = outputs.Select(r => r.All)
            .Append(await File.ReadAllTextAsync(temp.File("dry.csv")))
            .Append(await File.ReadAllTextAsync(temp.File("run.csv")))
            .Append(await File.ReadAllTextAsync(temp.File("summary.json")));
        foreach (var text in haystacks)
        {
            Assert.DoesNotContain("$hmac-sha256$", text, StringComparison.Ordinal);
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [PostgresFact]
    public async Task WrongPassword_Verbose_DoesNotEchoIt()
    {
        using var keys = new TestKeys(temp.Path);
        const string canary = "Canary-Postgres-Pa55-9917";
        var builder = new NpgsqlConnectionStringBuilder(PostgresEnvironment.RequireConnectionString()) { Password = canary, Pooling = false };

        var result = await CliRunner.RunAsync(
            ["migrate", "--execute", "--verbose", "--provider", "postgres", "--connection-env", Variable,
             "--table", "accounts", "--key-column", "id", "--token-column", "token", "--keys-file", keys.Path],
            environment: new Dictionary<string, string> { [Variable] = builder.ConnectionString });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("refused the login", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, result.All, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static List<string> KeyMaterial(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("keys").EnumerateObject().Select(p => p.Value.GetString()!)];
    }
}
