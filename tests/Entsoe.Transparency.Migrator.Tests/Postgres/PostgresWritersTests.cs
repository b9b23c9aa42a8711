using Entsoe.Transparency.Migrator.Tests.Support;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// Several writers (two by default on PostgreSQL, up to four with <c>--writers</c>) on disjoint parts of the key range hash
/// every row exactly once and report it once; <c>--writers 1</c> keeps one.
/// </summary>
public sealed class PostgresWritersTests : IDisposable
{
    private const int Rows = 1_000;
    private const string ConnectionVariable = "ENTSOE_TWO_WRITERS_TEST_DB";
    private readonly TempDirectory temp = new();

    [PostgresTheory]
    [InlineData(null, 2, false)]
    [InlineData(null, 2, true)]
    [InlineData("2", 2, false)]
    [InlineData("1", 1, false)]
    [InlineData("4", 4, false)]
    [InlineData("4", 4, true)]
    public async Task MigrateExecute_WritersOption_HashesEveryRowExactlyOnceAndReportsItOnce(string? writers, int expected, bool analyzed)
    {
        await using var schema = await PostgresScratchSchema.CreateAsync("writers");
        using var keys = new TestKeys(temp.Path);
        var originals = new Dictionary<long, string>(Rows);
        var rows = new List<(object Key, string? Token)>(Rows);
        for (var i = 0; i < Rows; i++)
        {
            // Gaps in the keys, so the halves are not a plain split of a dense range.
            var key = (i * 7L) + 3;
            var token = TokenGenerator.Generate();
            originals[key] = token;
            rows.Add((key, token));
        }

        await schema.CreateTokenTableAsync("accounts", "bigint", "varchar(80)", rows);
        if (analyzed)
        {
            // The split keys then come from the key column's histogram instead of OFFSET scans.
            await schema.ExecuteAsync($"ANALYZE {schema.Name}.accounts");
        }
        var environment = new Dictionary<string, string> { [ConnectionVariable] = schema.ConnectionString };
        string[] table =
        [
            "--provider", "postgres", "--connection-env", ConnectionVariable, "--schema", schema.Name, "--table", "accounts",
            "--key-column", "key", "--token-column", "token", "--keys-file", keys.Path,
        ];

        string[] writerOption = writers is null ? [] : ["--writers", writers];
        var run = await CliRunner.RunAsync(
            ["migrate", "--execute", .. table, .. writerOption, "--batch-size", "50", "--verbose", "--report", temp.File("run.csv")], environment: environment);
        var verify = await CliRunner.RunAsync(["verify", .. table], environment: environment);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected > 1, run.Error.Contains("writers, each on its own connections", StringComparison.Ordinal));
        if (expected > 1)
        {
            Assert.Contains($"{expected} writers, each on its own connections", run.Error, StringComparison.Ordinal);

            // Balanced parts: the i-th split key sits near the i/expected quantile of the keys (key = 7 * row + 3).
            var split = System.Text.RegularExpressions.Regex.Match(run.Error, @"split after ([0-9, ]+)");
            Assert.True(split.Success, run.Error);
            var keysAt = split.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
            Assert.Equal(expected - 1, keysAt.Length);
            for (var i = 0; i < keysAt.Length; i++)
            {
                var ideal = (7L * Rows * (i + 1) / expected) + 3;
                Assert.InRange(keysAt[i], ideal - (7 * Rows / 20), ideal + (7 * Rows / 20));
            }
        }

        var after = await schema.ReadTokensAsync<long>("accounts");
        foreach (var (key, original) in originals)
        {
            // Exactly Hash(original): a row hashed twice would hold Hash(Hash(original)).
            Assert.Equal(keys.Hasher.Hash(original), after[key]);
        }

        var report = ReportFile.Read(temp.File("run.csv"));
        Assert.Equal(Rows, report.Count);
        Assert.Equal(Rows, report.Select(r => r.Key).Distinct().Count());
        Assert.All(report, r => Assert.Equal("hashed", r.Outcome));
        Assert.Equal(0, verify.ExitCode);
    }

    public void Dispose() => temp.Dispose();
}
