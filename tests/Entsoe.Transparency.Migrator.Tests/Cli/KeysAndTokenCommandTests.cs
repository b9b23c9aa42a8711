using Entsoe.Transparency.Migrator.Tests.Sqlite;
using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Migrator.Tests.Cli;

/// <summary>keys new, token issue and token check end to end on a SQLite file.</summary>
public sealed class KeysAndTokenCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task KeysNew_WritesALoadableRingReadableByItsOwnerOnly()
    {
        var path = temp.File("ring.json");

        var result = await CliRunner.RunAsync(["keys", "new", "--out", path, "--key-id", "k2030"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, ModeOf(path));
        using var ring = TokenKeyRing.Load(path);
        Assert.Equal("k2030", ring.ActiveKeyId);
        Assert.DoesNotContain(await File.ReadAllTextAsync(path), result.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysNew_ExistingFile_RefusesWithoutForceAndRotatesWithRotateFrom()
    {
        var path = temp.File("ring.json");
        Assert.Equal(0, (await CliRunner.RunAsync(["keys", "new", "--out", path, "--key-id", "old"])).ExitCode);

        var refused = await CliRunner.RunAsync(["keys", "new", "--out", path]);
        var rotated = await CliRunner.RunAsync(["keys", "new", "--out", temp.File("ring2.json"), "--key-id", "new", "--rotate-from", path]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, rotated.ExitCode);
        using var ring = TokenKeyRing.Load(temp.File("ring2.json"));
        Assert.Equal("new", ring.ActiveKeyId);
        Assert.True(ring.Contains("old"));
    }

    [Fact]
    public async Task TokenIssue_ThenCheck_TheIssuedTokenVerifiesAndIsTheOnlyThingOnStdout()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("issue.db"), 30);
        var key = accounts.Originals.Keys.Order().ElementAt(5);
        var table = accounts.TableArguments(keys.Path);

        var issued = await CliRunner.RunAsync(["token", "issue", "--key", key.ToString(System.Globalization.CultureInfo.InvariantCulture), "--overwrite", "--format", "prefixed", .. table]);
        var token = issued.Out.TrimEnd('\n');
        var check = await CliRunner.RunAsync(["token", "check", .. table], stdin: token + "\n");
        var oldCheck = await CliRunner.RunAsync(["token", "check", .. table], stdin: accounts.Originals[key] + "\n");

        Assert.True(issued.ExitCode == 0, issued.ToString());
        Assert.Single(issued.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(PrefixedToken.IsValid(token));
        Assert.DoesNotContain(token, issued.Error, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains($"account {key}", check.Out, StringComparison.Ordinal);
        Assert.Equal(3, oldCheck.ExitCode);
        Assert.Equal(keys.Hasher.Hash(token), accounts.ReadAll()[key]);
    }

    [Fact]
    public async Task TokenIssue_UnknownAccount_ExitsTwoAndWritesNothing()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("none.db"), 5);

        var result = await CliRunner.RunAsync(["token", "issue", "--key", "999999", .. accounts.TableArguments(keys.Path)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(0, accounts.CountHashed());
    }

    [Fact]
    public async Task TokenCheck_EmptyStandardInput_ExitsTwo()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("empty.db"), 5);

        var result = await CliRunner.RunAsync(["token", "check", .. accounts.TableArguments(keys.Path)], stdin: string.Empty);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("standard input", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SmallRun_CreatesTheFolderAndVerifies()
    {
        var result = await CliRunner.RunAsync(["demo", "--rows", "3000"], workingDirectory: temp.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Verification passed.", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "demo", "report.csv")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, ModeOf(Path.Combine(temp.Path, "demo", "keys.json")));
        Assert.Equal(3000, ReportFile.Read(Path.Combine(temp.Path, "demo", "report.csv")).Count);
    }

    public void Dispose() => temp.Dispose();

    // File modes are a POSIX notion; on Windows there is no mode to check and the assertion fails loudly.
    private static UnixFileMode? ModeOf(string path) => OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(path);
}
