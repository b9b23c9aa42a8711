using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Entsoe.Transparency.SamplePlatform.Tests.Support;
using Entsoe.Transparency.Tokens;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Entsoe.Transparency.SamplePlatform.Tests.EndToEnd;

/// <summary>
/// The promise "you can still use your already existing token", proved while it matters most: the real sample server
/// on 127.0.0.1 with the login component, real SDK clients calling it continuously with their pre-migration tokens,
/// the real <c>entsoe-tokens migrate --execute</c> killed with SIGKILL mid-run and rerun to completion, and
/// "Generate and overwrite" pressed on the account page meanwhile.
/// </summary>
public abstract partial class MigrationUnderTrafficTests(ITestOutputHelper output) : IDisposable
{
    private const int Rows = 50_000;
    private const int Kills = 2;
    private static readonly DateTimeOffset Day = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    // One account of every shape a client can present before the migration: lower case, upper case, hashed with the
    // older key, hashed with the active key. The first three of them are overwritten on the page during the run.
    private static readonly long[] Steady = [2, 10, 13, 1, 3, 4, 20, 27];
    private static readonly long[] Overwritten = [2, 10, 13];

    private readonly TempDirectory temp = new();
    private readonly Dictionary<long, string> tokens = new(Rows);
    private readonly ConcurrentQueue<string> violations = new();
    private readonly List<string> replaced = [];

    /// <summary>Creates the engine's accounts table from <paramref name="seed"/> (given the older key's hasher).</summary>
    protected abstract Task<IAccountsUnderTest> CreateAccountsAsync(TempDirectory directory, Func<TokenHasher, IEnumerable<(long Key, string Email, string? Token)>> seed);

    /// <summary>
    /// Slows the tool down so a run lasts a few seconds (a kill lands mid-run and traffic meets every stage of it):
    /// 200 batches of 250 rows with a 20 ms pause after each.
    /// </summary>
    protected virtual IEnumerable<string> Pacing => ["--batch-size", "250", "--sleep-ms", "20"];

    protected async Task RunAsync()
    {
        await using var accounts = await CreateAccountsAsync(temp, Seed);
        var before = await AccountsTable.ReadAllAsync(accounts.Stores);
        await using var server = await SamplePlatformServer.StartAsync(accounts.Configuration(Overwritten));
        using var clientLogs = new CapturedLogs();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(clientLogs));
        var steady = Steady.Select(a => new TrafficClient(a, tokens[a], server.ApiAddress, loggerFactory, violations)).ToList();
        var seed = Environment.TickCount;
        output.WriteLine($"random seed {seed}");
        var random = new Random(seed);
        var sweepPool = tokens.Where(t => t.Key > 100 && t.Key % 10 != 5).Select(t => (t.Key, t.Value)).OrderBy(_ => random.Next()).ToList();
        var sweeps = new[] { new SweepingClient(sweepPool[..3000], server.ApiAddress, loggerFactory, violations), new SweepingClient(sweepPool[3000..6000], server.ApiAddress, loggerFactory, violations) };
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var traffic = steady.Select(c => Task.Run(() => c.RunAsync(20_000, stop.Token)))
            .Concat(sweeps.Select(s => Task.Run(() => s.RunAsync(stop.Token)))).ToList();
        await WaitUntilAsync(() => steady.All(c => c.Successes > 0), "every client's first success");

        var migratorOutput = new StringBuilder();
        string[] migrate = ["migrate", "--execute", .. accounts.ToolArguments, .. Pacing];
        var overwrites = new Queue<TrafficClient>(steady.Where(c => Overwritten.Contains(c.Account)));
        var killed = 0;
        for (var run = 0; killed < Kills && run < Kills * 3; run++)
        {
            var hashedBefore = await AccountsTable.CountHashedAsync(accounts.Stores);
            using var process = MigratorProcess.Start(migrate, accounts.ToolEnvironment);
            await WaitUntilAsync(async () => process.HasExited || await AccountsTable.CountHashedAsync(accounts.Stores) > hashedBefore + 500, "the migrator's first batches");
            if (overwrites.TryDequeue(out var next))
            {
                await OverwriteAsync(server, accounts, next, Array.IndexOf(Overwritten, next.Account));
            }

            await Task.Delay(random.Next(0, 600));
            var wasRunning = !process.HasExited;
            process.KillHard();
            var (code, text) = await process.WaitAsync(Bound);
            migratorOutput.AppendLine(text);
            var hashed = await AccountsTable.CountHashedAsync(accounts.Stores);
            killed += wasRunning && hashed < Rows ? 1 : 0;
            output.WriteLine($"run {run + 1}: {(wasRunning ? "SIGKILL" : $"exit {code}")}, {hashed} of {Rows} rows hashed");
        }

        Assert.Equal(Kills, killed);
        using (var final = MigratorProcess.Start(migrate, accounts.ToolEnvironment))
        {
            while (overwrites.TryDequeue(out var next))
            {
                await OverwriteAsync(server, accounts, next, Array.IndexOf(Overwritten, next.Account));
            }

            var (code, text) = await final.WaitAsync(Bound);
            migratorOutput.AppendLine(text);
            Assert.True(code == 0, $"the final migrate exited {code}");
        }

        await WaitUntilAsync(() => steady.Where(c => Overwritten.Contains(c.Account)).All(c => c.SuccessesAfterUpdate > 0), "every overwritten client's recovery");
        await WaitUntilAsync(() => sweeps.All(s => s.Successes > 200), "the sweeps");
        await stop.CancelAsync();
        await Task.WhenAll(traffic);

        // Zero false rejections, the overwritten tokens died at once and the same clients recovered with credential.Update.
        foreach (var violation in violations)
        {
            output.WriteLine(violation);
        }

        Assert.Empty(violations);
        foreach (var client in steady)
        {
            output.WriteLine($"account {client.Account}: {client.Successes} successes, {client.RejectedAfterOverwrite} rejected after overwrite, {client.SuccessesAfterUpdate} after update");
            Assert.True(client.Successes > 0);
            if (Overwritten.Contains(client.Account))
            {
                Assert.Equal(AccountPhase.Updated, client.Phase);
                Assert.Equal(1, client.RejectedAfterOverwrite);
            }
        }

        output.WriteLine($"sweeps: {string.Join(", ", sweeps.Select(s => s.Successes))} accounts' pre-migration tokens accepted");

        // Every account's current token verifies against its row, the table holds no plaintext, and the tool agrees.
        var after = await AccountsTable.ReadAllAsync(accounts.Stores);
        Assert.Equal(Rows, after.Count);
        foreach (var (account, token) in tokens)
        {
            Assert.Equal(StoredValueKind.Hashed, StoredValueClassifier.Classify(after[account]).Kind);
            Assert.NotEqual(VerificationResult.Invalid, accounts.Keys.Verifier.Verify(token, after[account]));
        }

        var known = temp.File("known.csv");
        await File.WriteAllLinesAsync(known, ["key,token", .. tokens.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key},{t.Value}"))]);
        using (var verify = MigratorProcess.Start(["verify", .. accounts.ToolArguments, "--known", known], accounts.ToolEnvironment))
        {
            var (code, text) = await verify.WaitAsync(Bound);
            migratorOutput.AppendLine(text);
            Assert.True(code == 0, $"entsoe-tokens verify exited {code}");
        }

        // Padded plaintext rows are found by their hash once migrated: the SDK (which trims) now gets in with them.
        foreach (var (account, token) in tokens.Where(t => t.Key % 10 == 5 && before[t.Key] != t.Value).Take(20))
        {
            using var padded = new TransparencyClient(new SecurityTokenCredential(token), new TransparencyClientOptions { BaseAddress = server.ApiAddress, LoggerFactory = loggerFactory });
            Assert.Single(await padded.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Day, Day.AddHours(1)));
        }

        // No log of the server, the clients or the migrator holds any token, in any case, or the key material.
        AssertNoSecret("server", server.Logs.Text, accounts);
        AssertNoSecret("clients", clientLogs.Text, accounts);
        AssertNoSecret("migrator", migratorOutput.ToString(), accounts);
        Assert.NotEmpty(server.Logs.Lines);
        Assert.NotEmpty(clientLogs.Lines);
        foreach (var disposable in steady.Cast<IDisposable>().Concat(sweeps))
        {
            disposable.Dispose();
        }
    }

    public void Dispose() => temp.Dispose();

    private static async Task WaitUntilAsync(Func<bool> condition, string what) => await WaitUntilAsync(() => Task.FromResult(condition()), what);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited {Bound} for {what}");
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex UuidShaped();

    // Seeds 50,000 accounts: lower-case plaintext, upper-case (x0), whitespace-padded (x5), hashed with the older key
    // (x3) or with the active one (x7). tokens[] holds what a client presents.
    private IEnumerable<(long, string, string?)> Seed(TokenHasher older)
    {
        for (long id = 1; id <= Rows; id++)
        {
            var token = TokenGenerator.Generate();
            var (presented, stored) = (id % 10) switch
            {
                0 => (token.ToUpperInvariant(), token.ToUpperInvariant()),
                5 => (token, $"  {token}\t"),
                3 => (token, older.Hash(token)),
                _ => (token, token),
            };
            tokens[id] = presented;
            yield return (id, string.Create(CultureInfo.InvariantCulture, $"user{id}@example.com"), stored);
        }
    }

    private async Task OverwriteAsync(SamplePlatformServer server, IAccountsUnderTest accounts, TrafficClient client, int user)
    {
        using var page = new PageClient(server.Address);
        using (var signIn = await page.SignInAsync(TestAccounts.UserName(user), TestAccounts.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var old = tokens[client.Account];
        client.BeginOverwrite();
        string? issued = null;

        // A migration batch or a login's rehash may rewrite the row between the page and the post (same token, new
        // stored value): the page then says the token changed and the user tries again, a bounded number of times.
        for (var attempt = 0; issued is null && attempt < 10; attempt++)
        {
            using var response = await page.GenerateAsync(overwrite: true);
            issued = PageClient.ShownToken(await response.Content.ReadAsStringAsync());
            Assert.True(issued is not null || response.StatusCode == HttpStatusCode.Conflict, $"the overwrite answered {response.StatusCode}");
        }

        Assert.NotNull(issued);
        replaced.Add(old);
        tokens[client.Account] = issued;
        client.Overwritten(issued);

        // At once: a fresh client with the old token is refused, one with the new token gets in.
        using var stale = new TransparencyClient(new SecurityTokenCredential(old), new TransparencyClientOptions { BaseAddress = server.ApiAddress });
        await Assert.ThrowsAsync<TransparencyAuthenticationException>(() => stale.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Day, Day.AddHours(1)));
        using var fresh = new TransparencyClient(new SecurityTokenCredential(issued), new TransparencyClientOptions { BaseAddress = server.ApiAddress });
        Assert.Single(await fresh.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Day, Day.AddHours(1)));
        Assert.Equal(VerificationResult.Invalid, accounts.Keys.Verifier.Verify(old, await accounts.Stores.StoredValueAsync(client.Account)));
    }

    private void AssertNoSecret(string component, string text, IAccountsUnderTest accounts)
    {
        var secrets = tokens.Values.Concat(replaced).Select(t => t.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (Match match in UuidShaped().Matches(text))
        {
            Assert.False(secrets.Contains(match.Value.ToLowerInvariant()), $"the {component} log holds a token");
        }

        foreach (var secret in accounts.ConnectionSecrets.Where(s => s.Length > 0))
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        using var stream = new MemoryStream();
        accounts.Keys.Ring.WriteSecretJson(stream);
        foreach (Match key in Regex.Matches(Encoding.UTF8.GetString(stream.ToArray()), "\"([A-Za-z0-9+/=]{40,})\""))
        {
            Assert.DoesNotContain(key.Groups[1].Value, text, StringComparison.Ordinal);
        }
    }
}
