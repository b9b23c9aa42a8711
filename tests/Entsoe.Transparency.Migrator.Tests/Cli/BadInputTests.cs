using System.Security.Cryptography;
using Entsoe.Transparency.Migrator.Tests.Sqlite;
using Entsoe.Transparency.Migrator.Tests.Support;

namespace Entsoe.Transparency.Migrator.Tests.Cli;

/// <summary>Each bad input gets its exit code and one actionable line on stderr, and the database file is not touched.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly TestKeys keys;
    private readonly SqliteAccounts accounts;

    public BadInputTests()
    {
        keys = new TestKeys(temp.Path);
        accounts = SqliteAccounts.Create(temp.File("bad.db"), 50);
    }

    public static TheoryData<string, string[], int, string> Cases => new()
    {
        { "wrong provider", ["--provider", "oracle"], 2, "Unknown provider" },
        { "bad connection string", ["--connection", "Nonsense Keyword=1"], 2, "connection string" },
        { "missing database file", ["--connection", "Data Source=/nonexistent/dir/tokens.db"], 1, "does not exist" },
        { "missing table", ["--table", "no_such_table"], 4, "not found" },
        { "missing key column", ["--key-column", "no_such_column"], 4, "--key-column" },
        { "missing token column", ["--token-column", "no_such_column"], 4, "--token-column" },
        { "missing hash column", ["--hash-column", "no_such_column"], 4, "--hash-column" },
        { "invalid table name", ["--table", "accounts; DROP TABLE accounts"], 2, "--table" },
        { "missing keys", ["--keys-file", "/nonexistent/keys.json"], 4, "keys" },
        { "batch size zero", ["--batch-size", "0"], 2, "--batch-size" },
        { "five writers", ["--writers", "5"], 2, "--writers" },
        { "two writers on sqlite", ["--writers", "2"], 2, "--writers" },
        { "bad max duration", ["--max-duration", "soon"], 2, "--max-duration" },
        { "unwritable report", ["--report", "/nonexistent/dir/report.csv"], 2, "--report" },
        { "unknown option", ["--frobnicate"], 2, "frobnicate" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MigrateExecute_BadInput_ExitsWithItsCodeOneLineAndWritesNothing(string name, string[] change, int expectedCode, string expectedText)
    {
        var before = FileHash();

        var result = await CliRunner.RunAsync(["migrate", "--execute", .. Apply(accounts.TableArguments(keys.Path), change)], workingDirectory: temp.Path);

        Assert.True(result.ExitCode == expectedCode, $"{name}: {result}");
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length is 1 or 2, $"{name}: expected a one-line message, got: {result.Error}");
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expectedText, result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, FileHash());
        Assert.False(File.Exists(accounts.Path + "-wal"), $"{name}: a WAL file was created");
    }

    [Fact]
    public async Task MigrateExecute_NarrowTokenColumn_RefusesWithTheWidthNeededAndSuggestsHashColumn()
    {
        var narrow = SqliteAccounts.Create(temp.File("narrow.db"), 20, "varchar(36)");
        var before = File.ReadAllBytes(narrow.Path);

        var result = await CliRunner.RunAsync(["migrate", "--execute", .. narrow.TableArguments(keys.Path)]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"needs {keys.Hasher.StoredLength}", result.Error, StringComparison.Ordinal);
        Assert.Contains("--hash-column", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(narrow.Path));
    }

    [Fact]
    public async Task MigrateExecute_InvalidKeyRing_RefusesWithExitFour()
    {
        await File.WriteAllTextAsync(temp.File("broken-keys.json"), "{\"active\":\"k1\",\"keys\":{\"k1\":\"c2hvcnQ=\"}}");
        var before = FileHash();

        var result = await CliRunner.RunAsync(["migrate", "--execute", .. Apply(accounts.TableArguments(keys.Path), ["--keys-file", temp.File("broken-keys.json")])]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("keys new", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, FileHash());
    }

    [Fact]
    public async Task MigrateExecute_NoKeyRingAtAll_RefusesWithExitFour()
    {
        var args = accounts.TableArguments(keys.Path).ToList();
        var index = args.IndexOf("--keys-file");
        args.RemoveRange(index, 2);

        var result = await CliRunner.RunAsync(["migrate", "--execute", .. args]);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("ENTSOE_TOKEN_KEYS", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id;token\n1;abc\n")]
    [InlineData("key,token\n1,\"unterminated\n")]
    [InlineData("key,token\nnot-a-number,abc\n")]
    [InlineData("key,token\n")]
    public async Task Verify_MalformedKnownFile_ExitsTwo(string content)
    {
        await File.WriteAllTextAsync(temp.File("known.csv"), content);

        var result = await CliRunner.RunAsync(["verify", "--known", temp.File("known.csv"), .. accounts.TableArguments(keys.Path)]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--known", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_UnreachablePostgres_ExitsOneWithoutThePassword()
    {
        const string password = "Canary-Pa55word-7731";
        var environment = new Dictionary<string, string> { ["TOKENS_DB"] = $"Host=127.0.0.1;Port=1;Database=tp;Username=dba;Password={password};Timeout=3" };

        var result = await CliRunner.RunAsync(
            ["plan", "--provider", "postgres", "--connection-env", "TOKENS_DB", "--table", "accounts", "--key-column", "id", "--token-column", "token", "--verbose"],
            environment: environment);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: ", result.Error.Split('\n').First(l => l.StartsWith("error", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(password, result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_PasswordOnTheCommandLine_WarnsAndNeverEchoesIt()
    {
        const string password = "Canary-Pa55word-9917";

        var result = await CliRunner.RunAsync(
            ["plan", "--provider", "postgres", "--connection", $"Host=127.0.0.1;Port=1;Database=tp;Username=dba;Password={password};Timeout=3",
             "--table", "accounts", "--key-column", "id", "--token-column", "token", "--verbose"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("warning: the connection string on the command line holds a password", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(password, result.All, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        keys.Dispose();
        temp.Dispose();
    }

    private static string[] Apply(string[] arguments, string[] change)
    {
        var result = arguments.ToList();
        for (var i = 0; i < change.Length; i++)
        {
            var index = result.IndexOf(change[i]);
            var hasValue = i + 1 < change.Length && !change[i + 1].StartsWith("--", StringComparison.Ordinal);
            if (index >= 0 && hasValue)
            {
                result[index + 1] = change[i + 1];
            }
            else
            {
                result.Add(change[i]);
                if (hasValue)
                {
                    result.Add(change[i + 1]);
                }
            }

            i += hasValue ? 1 : 0;
        }

        return [.. result];
    }

    private string FileHash() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(accounts.Path)));
}
