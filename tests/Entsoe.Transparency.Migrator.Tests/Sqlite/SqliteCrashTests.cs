using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens;
using Xunit.Abstractions;

namespace Entsoe.Transparency.Migrator.Tests.Sqlite;

/// <summary>
/// kill -9 at random moments loses nothing, and Ctrl+C stops cleanly: the real entsoe-tokens process on a SQLite file.
/// </summary>
public sealed class SqliteCrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Migrate_KilledAtRandomMoments_RerunHashesEveryRowExactlyOnce()
    {
        using var keys = new TestKeys(temp.Path);
        var pristine = temp.File("pristine.db");
        var accounts = SqliteAccounts.Create(pristine, 200_000);
        var live = temp.File("live.db");
        void Reset()
        {
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(live + suffix);
            }

            File.Copy(pristine, live);
        }

        Reset();
        var table = SqliteAccountsAt(live, accounts);
        string[] arguments = ["migrate", "--execute", .. table.TableArguments(keys.Path), "--batch-size", "500"];
        var runner = new CrashTestRunner(arguments, new Dictionary<string, string>(), () => Task.FromResult(table.CountHashed()), () =>
        {
            Reset();
            return Task.CompletedTask;
        }, accounts.Originals.Count, output)
        {
            MinDelayMilliseconds = 300,
            MaxDelayMilliseconds = 1200,
        };

        var partial = await runner.RunAsync();

        Assert.True(partial > 0, "no kill left a partly migrated table");
        Assert.Equal("ok", table.IntegrityCheck());
        var after = table.ReadAll();
        var verifier = new TokenVerifier(keys.Hasher);
        Assert.Equal(accounts.Originals.Count, after.Count);
        foreach (var (key, original) in accounts.Originals)
        {
            // Exactly Hash(original): a row hashed twice would hold Hash(Hash(original)).
            Assert.Equal(keys.Hasher.Hash(original), after[key]);
            Assert.Equal(VerificationResult.Valid, verifier.Verify(original, after[key]));
        }
    }

    [Fact]
    public async Task Migrate_Interrupted_ExitsWith130AfterAWholeBatchAndRerunFinishes()
    {
        using var keys = new TestKeys(temp.Path);
        var accounts = SqliteAccounts.Create(temp.File("int.db"), 60_000);
        const int batch = 100;
        // 600 batches with a 50 ms pause each cannot finish in under 30 s, so even on a starved machine the interrupt
        // lands mid-run (with 5 ms the run once finished in 5 s, before a test process busy elsewhere sent it); the
        // pause ends at once on Ctrl+C, so the test does not wait for it.
        string[] arguments = ["migrate", "--execute", .. accounts.TableArguments(keys.Path), "--batch-size", "100", "--sleep-ms", "50"];

        int code;
        string error;
        using (var process = ToolProcess.Start(arguments))
        {
            await WaitUntilAsync(() => accounts.CountHashed() >= batch * 5, TimeSpan.FromSeconds(60));
            process.Interrupt();
            (code, _, error) = await process.WaitAsync(TimeSpan.FromSeconds(60));
        }

        Assert.True(code == 130, $"exit {code}: {error}");
        Assert.Contains("rerun", error, StringComparison.OrdinalIgnoreCase);
        var afterInterrupt = accounts.ReadAll();
        var ordered = accounts.Originals.Keys.Order().ToArray();
        var hashed = afterInterrupt.Count(r => r.Value!.StartsWith('$'));
        Assert.True(hashed > 0 && hashed < ordered.Length, $"{hashed} rows hashed");

        // Whole batches only: the hashed rows are exactly the first N keys, N a multiple of the batch size.
        Assert.Equal(0, hashed % batch);
        for (var i = 0; i < ordered.Length; i++)
        {
            var expected = i < hashed ? keys.Hasher.Hash(accounts.Originals[ordered[i]]) : accounts.Originals[ordered[i]];
            Assert.Equal(expected, afterInterrupt[ordered[i]]);
        }

        using var rerun = ToolProcess.Start(["migrate", "--execute", .. accounts.TableArguments(keys.Path), "--batch-size", "1000"]);
        var (rerunCode, _, rerunError) = await rerun.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(rerunCode == 0, rerunError);
        var final = accounts.ReadAll();
        foreach (var (key, original) in accounts.Originals)
        {
            Assert.Equal(keys.Hasher.Hash(original), final[key]);
        }
    }

    public void Dispose() => temp.Dispose();

    private static SqliteAccounts SqliteAccountsAt(string path, SqliteAccounts source) => SqliteAccounts.Attach(path, source.Originals);

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the migration did not start writing in time");
            }

            await Task.Delay(20);
        }
    }
}
