using System.Text.Json;
using Entsoe.Transparency.Migrator.Tests.Sqlite;
using Entsoe.Transparency.Migrator.Tests.Support;

namespace Entsoe.Transparency.Migrator.Tests.Cli;

/// <summary>A full run with --verbose writes none of the tokens, hashes or key material to stdout, stderr, the report or the summary.</summary>
public sealed class SecretCanaryTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task FullRun_Verbose_LeaksNoTokenHashOrKey()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("canary.db"), 3_000);
        var table = accounts.TableArguments(keys.Path);
        var sample = accounts.Originals.Take(25).ToList();
        await File.WriteAllLinesAsync(temp.File("known.csv"), ["key,token", .. sample.Select(p => $"{p.Key},{p.Value}")]);
        var checkToken = sample[0].Value;

        var outputs = new List<CliResult>
        {
            await CliRunner.RunAsync(["plan", "--verbose", .. table]),
            await CliRunner.RunAsync(["migrate", "--verbose", .. table, "--report", temp.File("dry.csv")]),
            await CliRunner.RunAsync(["migrate", "--execute", "--verbose", .. table, "--report", temp.File("run.csv"), "--summary-json", temp.File("summary.json"), "--batch-size", "250"]),
            await CliRunner.RunAsync(["verify", "--verbose", "--known", temp.File("known.csv"), .. table]),
            await CliRunner.RunAsync(["token", "check", "--verbose", .. table], stdin: checkToken + "\n"),
            await CliRunner.RunAsync(["token", "check", "--verbose", .. table], stdin: "not-a-token\n"),
        };

        Assert.All(outputs, r => Assert.True(r.ExitCode is 0 or 3, r.ToString()));
        var stored = accounts.ReadAll().Values.Where(v => v is not null).Select(v => v!).ToList();
        var haystacks = outputs.Select(r => r.All)
            .Append(await File.ReadAllTextAsync(temp.File("dry.csv")))
            .Append(await File.ReadAllTextAsync(temp.File("run.csv")))
            .Append(await File.ReadAllTextAsync(temp.File("summary.json")))
            .ToList();
        var keyMaterial = KeyMaterial(keys.Json);
        Assert.NotEmpty(keyMaterial);
        foreach (var text in haystacks)
        {
            foreach (var token in accounts.Originals.Values)
            {
                Assert.DoesNotContain(token, text, StringComparison.OrdinalIgnoreCase);
            }

            foreach (var hash in stored)
            {
                Assert.DoesNotContain(hash, text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("$hmac-sha256$", text, StringComparison.Ordinal);
            foreach (var material in keyMaterial)
            {
                Assert.DoesNotContain(material, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Errors_Verbose_DoNotEchoAConnectionPassword()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("pw.db"), 10);
        const string password = "Canary-Sqlite-Pa55-4421";

        var result = await CliRunner.RunAsync(
            ["migrate", "--execute", "--verbose", "--provider", "sqlite", "--connection", $"Data Source={accounts.Path};Password={password}",
             "--table", "accounts", "--key-column", "id", "--token-column", "token", "--keys-file", keys.Path]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain(password, result.All, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private static List<string> KeyMaterial(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("keys").EnumerateObject().Select(p => p.Value.GetString()!).ToList();
    }
}
