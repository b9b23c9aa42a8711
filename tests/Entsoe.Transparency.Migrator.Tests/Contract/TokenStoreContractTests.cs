using System.Collections.Concurrent;
using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Contract;

/// <summary>
/// The provider-independent contract every store must pass, driven through the real command line in process.
/// A provider's test class derives from this, names its provider and creates fresh tables (see <see cref="ContractTableSpec"/>).
/// </summary>
public abstract class TokenStoreContractTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly TestKeys keys;
    private int tableCounter;

    protected TokenStoreContractTests()
    {
        keys = new TestKeys(temp.Path);
    }

    /// <summary>The --provider name.</summary>
    protected abstract string ProviderName { get; }

    /// <summary>Creates a fresh table as <paramref name="spec"/> describes and returns how to reach it.</summary>
    protected abstract Task<ContractTable> CreateTableAsync(ContractTableSpec spec);

    /// <summary>A scratch directory for files this test writes (reports, key files).</summary>
    protected TempDirectory Temp => temp;

    [Fact]
    public async Task Migrate_DryRun_WritesNothingAndReportsWouldHash()
    {
        var (table, rows) = await SeedAsync(KeyKind.Integer);
        var before = await SnapshotAsync(table);

        var result = await RunAsync(table, "migrate", "--report", temp.File("dry.csv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, await SnapshotAsync(table));
        var report = ReportFile.Read(temp.File("dry.csv"));
        Assert.Equal(rows.Seeds.Count, report.Count);
        Assert.Equal(rows.PlaintextKeys.Count, report.Count(r => r.Outcome == "would_hash"));
        Assert.DoesNotContain(report, r => r.Outcome == "hashed");
    }

    [Theory]
    [InlineData(KeyKind.Integer, false)]
    [InlineData(KeyKind.Text, false)]
    [InlineData(KeyKind.Integer, true)]
    [InlineData(KeyKind.Text, true)]
    public async Task Migrate_Execute_HashesEveryPlaintextRowExactlyOnce(KeyKind keyKind, bool hashColumn)
    {
        var (table, rows) = await SeedAsync(keyKind, hashColumn);
        var before = await SnapshotAsync(table);

        var result = await RunAsync(table, "migrate", "--execute", "--report", temp.File("run.csv"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var after = await SnapshotAsync(table);
        Assert.Equal(before.Count, after.Count);
        foreach (var (key, row) in before)
        {
            var now = after[key];
            if (rows.PlaintextKeys.Contains(key))
            {
                // Hash(original) and nothing else: a second hashing would store Hash(Hash(original)).
                Assert.Equal(keys.Hasher.Hash(row.Token!), now.EffectiveValue);
                Assert.True(!hashColumn || now.Token is null, $"row {key}: plaintext left beside the hash");
            }
            else
            {
                Assert.Equal(row, now);
            }
        }

        var report = ReportFile.Read(temp.File("run.csv"));
        Assert.Equal(rows.PlaintextKeys.Count, report.Count(r => r.Outcome == "hashed"));
        Assert.Equal(3, report.Count(r => r.Outcome == "empty"));
        Assert.Equal(2, report.Count(r => r.Outcome == "already_hashed"));
        Assert.Single(report, r => r.Outcome == "already_hashed" && r.HasFlag("rehash_needed"));
        Assert.Contains(report, r => r.Outcome == "hashed" && r.HasFlag("case_normalized"));
        Assert.Contains(report, r => r.Outcome == "hashed" && r.HasFlag("whitespace"));
        Assert.Contains(report, r => r.Outcome == "hashed" && r.HasFlag("non_uuid"));
        Assert.Equal(rows.Seeds.Count, report.Select(r => r.Key).Distinct().Count());
    }

    [Theory]
    [InlineData(KeyKind.Integer, false)]
    [InlineData(KeyKind.Text, true)]
    public async Task Migrate_Execute_EveryOriginalTokenVerifiesAgainstItsRow(KeyKind keyKind, bool hashColumn)
    {
        var (table, rows) = await SeedAsync(keyKind, hashColumn);

        var result = await RunAsync(table, "migrate", "--execute");

        Assert.True(result.ExitCode == 0, result.ToString());
        var after = await SnapshotAsync(table);
        foreach (var (key, token) in rows.Tokens)
        {
            var verdict = keys.Verifier.Verify(token, after[key].EffectiveValue);
            Assert.True(verdict != VerificationResult.Invalid, $"row {key}: original token no longer verifies");
        }
    }

    [Fact]
    public async Task Migrate_Rerun_ChangesNothing()
    {
        var (table, _) = await SeedAsync(KeyKind.Integer);
        Assert.Equal(0, (await RunAsync(table, "migrate", "--execute")).ExitCode);
        var afterFirst = await SnapshotAsync(table);

        var rerun = await RunAsync(table, "migrate", "--execute", "--report", temp.File("rerun.csv"));

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(afterFirst, await SnapshotAsync(table));
        Assert.DoesNotContain(ReportFile.Read(temp.File("rerun.csv")), r => r.Outcome is "hashed" or "failed" or "changed_concurrently");
    }

    [Fact]
    public async Task Verify_AfterMigration_Passes()
    {
        var (table, _) = await SeedAsync(KeyKind.Text);
        Assert.Equal(0, (await RunAsync(table, "migrate", "--execute")).ExitCode);

        var verify = await RunAsync(table, "verify");

        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public async Task Verify_BeforeMigration_ExitsThree()
    {
        var (table, _) = await SeedAsync(KeyKind.Integer);

        var verify = await RunAsync(table, "verify");

        Assert.Equal(3, verify.ExitCode);
    }

    [Fact]
    public async Task Verify_KnownTokens_PassWhenRightAndCatchAWrongToken()
    {
        var (table, rows) = await SeedAsync(KeyKind.Integer);
        Assert.Equal(0, (await RunAsync(table, "migrate", "--execute")).ExitCode);
        var sample = rows.Tokens.Take(8).ToList();
        await WriteKnownAsync(temp.File("known-good.csv"), sample);
        var wrong = sample.ToList();
        wrong[3] = new(wrong[3].Key, TokenGenerator.Generate());
        await WriteKnownAsync(temp.File("known-bad.csv"), wrong);

        var good = await RunAsync(table, "verify", "--known", temp.File("known-good.csv"));
        var bad = await RunAsync(table, "verify", "--known", temp.File("known-bad.csv"));

        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.Equal(3, bad.ExitCode);
        Assert.Contains(wrong[3].Key.ToString(), bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_DuplicateTokens_AreHashedFlaggedAndFailVerify()
    {
        var (table, _) = await SeedAsync(KeyKind.Integer, duplicates: true);

        var plan = await RunAsync(table, "plan");
        var run = await RunAsync(table, "migrate", "--execute", "--report", temp.File("dup.csv"));
        var verify = await RunAsync(table, "verify");

        Assert.Equal(0, plan.ExitCode);
        Assert.Equal(0, run.ExitCode);
        var report = ReportFile.Read(temp.File("dup.csv"));
        var flagged = report.Where(r => r.HasFlag("duplicate")).ToList();
        Assert.Equal(2, flagged.Count);
        Assert.All(flagged, r => Assert.Equal("hashed", r.Outcome));
        Assert.Equal(3, verify.ExitCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Migrate_UniqueIndexAndTokensDifferingInCase_RefusesBeforeWriting(bool hashColumn)
    {
        var (table, rows) = await SeedAsync(KeyKind.Integer, hashColumn, bulk: 40, duplicates: true, uniqueIndex: true);
        var before = await SnapshotAsync(table);
        var sharing = rows.Tokens.GroupBy(t => t.Value.Trim().ToLowerInvariant()).Where(g => g.Count() > 1).SelectMany(g => g).Select(t => t.Key.ToString()).ToList();

        var plan = await RunAsync(table, "plan");
        var dryRun = await RunAsync(table, "migrate");
        var run = await RunAsync(table, "migrate", "--execute", "--report", temp.File("unique.csv"));

        Assert.Equal(2, sharing.Count);
        Assert.Equal(4, plan.ExitCode);
        Assert.Contains("Unique index check: REFUSED", plan.Out, StringComparison.Ordinal);
        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("--execute will refuse", dryRun.Error, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains($"keys {string.Join(", ", sharing.OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal))}", run.Error, StringComparison.Ordinal);
        Assert.Contains("token issue --key", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(table));
        Assert.False(File.Exists(temp.File("unique.csv")), "a refused run wrote a report");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Migrate_UniqueIndexWithoutSharedTokens_HashesEveryRowAndVerifies(bool hashColumn)
    {
        var (table, rows) = await SeedAsync(KeyKind.Integer, hashColumn, bulk: 40, uniqueIndex: true);

        var plan = await RunAsync(table, "plan");
        var run = await RunAsync(table, "migrate", "--execute");
        var verify = await RunAsync(table, "verify");

        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains("no two rows will get the same hash: OK", plan.Out, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(verify.ExitCode == 0, verify.ToString());
        var after = await SnapshotAsync(table);
        Assert.All(rows.PlaintextKeys, key => Assert.Equal(keys.Hasher.Hash(rows.Tokens[key]), after[key].EffectiveValue));
    }

    [Fact]
    public async Task Migrate_WhileAccountsAreOverwritten_NeverClobbersANewToken()
    {
        var (table, rows) = await SeedAsync(KeyKind.Integer, bulk: 600);
        var latest = new ConcurrentDictionary<RowKey, string>();
        var candidates = rows.PlaintextKeys.ToArray();
        using var stop = new CancellationTokenSource();
        var overwritesDuringRun = 0;
        var provider = TokenStoreProviders.Get(ProviderName);

        var overwriter = Task.Run(async () =>
        {
            await using var store = await provider.OpenAsync(table.ConnectionString, table.Target, StoreOpenOptions.Writes, CancellationToken.None);
            var random = new Random(12345);
            while (!stop.IsCancellationRequested)
            {
                var key = candidates[random.Next(candidates.Length)];
                var row = await store.ReadRowAsync(key, CancellationToken.None);
                var issued = TokenGenerator.Issue(keys.Hasher);
                if (row is not null && await store.CompareAndSwapAsync(row.Value, issued.StoredValue, CancellationToken.None))
                {
                    latest[key] = issued.RevealToken();
                    Interlocked.Increment(ref overwritesDuringRun);
                }

                await Task.Delay(1);
            }
        });

        var run = await RunAsync(table, "migrate", "--execute", "--batch-size", "25", "--sleep-ms", "3", "--report", temp.File("race.csv"));
        var overwrites = Volatile.Read(ref overwritesDuringRun);
        await stop.CancelAsync();
        await overwriter;

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(overwrites > 0, "the overwriter never got a write in while the migration ran");
        var after = await SnapshotAsync(table);
        foreach (var (key, original) in rows.Tokens)
        {
            var current = latest.TryGetValue(key, out var issued) ? issued : original;
            Assert.True(keys.Verifier.Verify(current, after[key].EffectiveValue) != VerificationResult.Invalid, $"row {key}: its current token does not verify");
            if (issued is not null)
            {
                Assert.Equal(VerificationResult.Invalid, keys.Verifier.Verify(original, after[key].EffectiveValue));
            }
        }

        var report = ReportFile.Read(temp.File("race.csv"));
        Assert.DoesNotContain(report, r => r.Outcome == "failed");
        Assert.Equal(rows.Seeds.Count, report.Count);
        var rerun = await RunAsync(table, "migrate", "--execute");
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(0, (await RunAsync(table, "verify")).ExitCode);
    }

    [Fact]
    public async Task Store_KeysetRead_VisitsEveryTextKeyOnceInDatabaseOrder()
    {
        var (table, rows) = await SeedAsync(KeyKind.Text);

        var snapshot = await SnapshotAsync(table, batchSize: 3);

        Assert.Equal(rows.Seeds.Count, snapshot.Count);
    }

    [Fact]
    public async Task Store_CompareAndSwap_RefusesWhenTheRowChanged()
    {
        var (table, rows) = await SeedAsync(KeyKind.Integer, bulk: 5);
        var key = rows.PlaintextKeys.First();
        await using var store = await OpenAsync(table, writes: true);
        var read = (await store.ReadRowAsync(key, CancellationToken.None))!.Value;

        var first = await store.CompareAndSwapAsync(read, keys.Hasher.Hash(TokenGenerator.Generate()), CancellationToken.None);
        var second = await store.CompareAndSwapAsync(read, keys.Hasher.Hash(TokenGenerator.Generate()), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task Store_ApplyBatch_SkipsRowsChangedSinceTheRead()
    {
        var (table, rows) = await SeedAsync(KeyKind.Integer, bulk: 5);
        var targets = rows.PlaintextKeys.Order().Take(3).ToArray();
        await using var store = await OpenAsync(table, writes: true);
        var updates = new List<RowUpdate>();
        foreach (var key in targets)
        {
            var row = (await store.ReadRowAsync(key, CancellationToken.None))!.Value;
            updates.Add(new RowUpdate(key, row.Token!, keys.Hasher.Hash(row.Token!)));
        }

        var moved = (await store.ReadRowAsync(targets[1], CancellationToken.None))!.Value;
        Assert.True(await store.CompareAndSwapAsync(moved, keys.Hasher.Hash(TokenGenerator.Generate()), CancellationToken.None));

        var result = await store.ApplyBatchAsync(updates, CancellationToken.None);

        Assert.Equal(2, result.Applied);
        Assert.Equal([targets[1]], result.ChangedConcurrently);
    }

    [Fact]
    public async Task Store_FindByStoredValues_FindsTheRowOfAToken()
    {
        var (table, rows) = await SeedAsync(KeyKind.Text, hashColumn: true);
        Assert.Equal(0, (await RunAsync(table, "migrate", "--execute")).ExitCode);
        var (key, token) = rows.Tokens.First(t => rows.PlaintextKeys.Contains(t.Key));
        await using var store = await OpenAsync(table, writes: false);

        var found = await store.FindByStoredValuesAsync(keys.Verifier.GetLookupValues(token), CancellationToken.None);

        Assert.Equal(key, Assert.Single(found).Key);
    }

    [Fact]
    public async Task TokenCheck_AfterMigration_FindsAndVerifiesTheToken()
    {
        var (table, rows) = await SeedAsync(KeyKind.Integer, bulk: 10);
        Assert.Equal(0, (await RunAsync(table, "migrate", "--execute")).ExitCode);
        var token = rows.Tokens[rows.PlaintextKeys.Order().Last()];

        var good = await RunWithInputAsync(table, token + "\n", "token", "check");
        var bad = await RunWithInputAsync(table, TokenGenerator.Generate() + "\n", "token", "check");

        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.Equal(3, bad.ExitCode);
        Assert.DoesNotContain(token, good.All, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TokenIssue_OnAnAccountWithAToken_NeedsOverwriteThenReplacesIt()
    {
        var (table, rows) = await SeedAsync(KeyKind.Text, bulk: 3);
        var key = rows.PlaintextKeys.Order().First();

        var refused = await RunAsync(table, "token", "issue", "--key", key.ToString());
        var issued = await RunAsync(table, "token", "issue", "--key", key.ToString(), "--overwrite");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Equal(string.Empty, refused.Out);
        Assert.True(issued.ExitCode == 0, issued.ToString());
        var token = issued.Out.Trim();
        Assert.True(CanonicalToken.IsUuidShaped(token));
        var stored = (await SnapshotAsync(table))[key];
        Assert.Equal(VerificationResult.Valid, keys.Verifier.Verify(token, stored.EffectiveValue));
        Assert.Equal(VerificationResult.Invalid, keys.Verifier.Verify(rows.Tokens[key], stored.EffectiveValue));
    }

    public void Dispose()
    {
        keys.Dispose();
        temp.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The arguments that reach <paramref name="table"/> with this test's key ring.</summary>
    protected IReadOnlyList<string> TableArguments(ContractTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var args = new List<string>
        {
            "--provider", ProviderName,
            "--connection", table.ConnectionString,
            "--table", table.Target.Table,
            "--key-column", table.Target.KeyColumn,
            "--token-column", table.Target.TokenColumn,
            "--keys-file", keys.Path,
        };
        if (table.Target.Schema is not null)
        {
            args.AddRange(["--schema", table.Target.Schema]);
        }

        if (table.Target.HashColumn is not null)
        {
            args.AddRange(["--hash-column", table.Target.HashColumn]);
        }

        return args;
    }

    private Task<CliResult> RunAsync(ContractTable table, params string[] command) => RunWithInputAsync(table, null, command);

    private Task<CliResult> RunWithInputAsync(ContractTable table, string? stdin, params string[] command) =>
        CliRunner.RunAsync(command.Concat(TableArguments(table)), stdin, temp.Path);

    private async Task<(ContractTable Table, ContractRows Rows)> SeedAsync(KeyKind keyKind, bool hashColumn = false, int bulk = 300, bool duplicates = false, bool uniqueIndex = false)
    {
        var rows = ContractRows.Create(keyKind, keys.Hasher, keys.OldHasher, bulk, duplicates);
        var name = $"tokens_{Environment.ProcessId}_{Interlocked.Increment(ref tableCounter)}_{Guid.NewGuid():N}"[..40];
        var table = await CreateTableAsync(new ContractTableSpec(name, keyKind, hashColumn, rows.Seeds, uniqueIndex));
        return (table, rows);
    }

    private async Task<ITokenStore> OpenAsync(ContractTable table, bool writes) =>
        await TokenStoreProviders.Get(ProviderName).OpenAsync(
            table.ConnectionString, table.Target, writes ? StoreOpenOptions.Writes : StoreOpenOptions.ReadOnly, CancellationToken.None);

    private async Task<Dictionary<RowKey, StoredRow>> SnapshotAsync(ContractTable table, int batchSize = 500)
    {
        await using var store = await OpenAsync(table, writes: false);
        var description = await store.DescribeAsync(CancellationToken.None);
        var kind = description.Key!.Category == ColumnCategory.Integer ? KeyKind.Integer : KeyKind.Text;
        var all = new Dictionary<RowKey, StoredRow>();
        var buffer = new List<StoredRow>();
        RowKey? after = null;
        while (true)
        {
            buffer.Clear();
            if (await store.ReadBatchAsync(kind, after, batchSize, buffer, CancellationToken.None) == 0)
            {
                return all;
            }

            foreach (var row in buffer)
            {
                Assert.True(all.TryAdd(row.Key, row), $"keyset read returned key {row.Key} twice");
            }

            after = buffer[^1].Key;
        }
    }

    private static async Task WriteKnownAsync(string path, IEnumerable<KeyValuePair<RowKey, string>> tokens)
    {
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync("key,token");
        foreach (var (key, token) in tokens)
        {
            await writer.WriteLineAsync($"\"{key.ToString().Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"{token.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        }
    }
}
