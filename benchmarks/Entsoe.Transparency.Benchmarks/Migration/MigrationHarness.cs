using System.Globalization;
using System.Runtime.InteropServices;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// <c>migration --provider sqlite|postgres --rows N [--batch-size N] [--writers N] [--tool path]... [--repeat N] [--no-reference] [--floor] [--floor-matrix] [--token-index]</c>: builds a table of N plaintext
/// UUID tokens, times the engine's own one-statement rewrite of every row (the reference), rebuilds the table, runs the
/// real <c>entsoe-tokens migrate --execute</c> on it as a child process, checks that every row is hashed, and prints
/// rows/s of both, the ratio and the tool's peak memory. With <c>--floor</c> (SQLite) each round also times the reference
/// statement under the tool's pragmas (<see cref="SqliteMigrationTarget.RunReferenceUnderToolPragmasAsync"/>) and the
/// batch contract's floor (<see cref="SqliteMigrationTarget.RunBatchedFloorAsync"/>), each on a fresh table. With
/// <c>--token-index</c> the table has a unique index on the token, as a production table that logins search by token does. Several <c>--tool</c>
/// options run each build in every round, after the same reference, for a paired comparison of builds. With
/// <c>--floor-matrix</c> (SQLite) no tool runs: <see cref="SqliteFloorMatrix"/> times the floor for several journals and
/// batch sizes instead.
/// </summary>
public static class MigrationHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? provider = null;
        long rows = 1_000_000;
        int? batchSize = null;
        int? writers = null;
        var reference = true;
        var probeRanges = 0;
        var toolPaths = new List<string>();
        var repeat = 1;
        var floor = false;
        var floorMatrix = false;
        var tokenIndex = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--provider" when i + 1 < args.Length:
                    provider = args[++i];
                    break;
                case "--rows" when i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    rows = n;
                    i++;
                    break;
                case "--batch-size" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b > 0:
                    batchSize = b;
                    i++;
                    break;
                case "--writers" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w > 0:
                    writers = w;
                    i++;
                    break;
                case "--probe-ranges" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is > 0 and <= 16:
                    probeRanges = r;
                    i++;
                    break;
                case "--tool" when i + 1 < args.Length:
                    var toolPath = Path.GetFullPath(args[++i]);
                    toolPaths.Add(toolPath);
                    if (!File.Exists(toolPath))
                    {
                        Console.Error.WriteLine($"--tool: no file at {toolPath}; give the entsoe-tokens.dll of a build or publish output, or the entsoe-tokens executable of a self-contained publish.");
                        return Usage();
                    }

                    break;
                case "--repeat" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k is > 0 and <= 20:
                    repeat = k;
                    i++;
                    break;
                case "--no-reference":
                    reference = false;
                    break;
                case "--floor":
                    floor = true;
                    break;
                case "--floor-matrix":
                    floorMatrix = true;
                    break;
                case "--token-index":
                    tokenIndex = true;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                    return Usage();
            }
        }

        var scratch = Path.Combine(Path.GetTempPath(), $"entsoe-migration-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(scratch);
        try
        {
            await using IMigrationTarget target = provider switch
            {
                "sqlite" => new SqliteMigrationTarget(scratch, tokenIndex),
                "postgres" => new PostgresMigrationTarget(tokenIndex),
                _ => throw new ArgumentException("--provider must be sqlite or postgres."),
            };
            if (tokenIndex)
            {
                Console.WriteLine("table: unique index on the token column");
            }

            if (floorMatrix)
            {
                return target is SqliteMigrationTarget sqlite && !tokenIndex
                    ? await SqliteFloorMatrix.RunAsync(sqlite, rows, StoredLength(), repeat)
                    : throw new ArgumentException("--floor-matrix is for --provider sqlite, without --token-index.");
            }

            return await MeasureAsync(target, rows, new ToolOptions(batchSize, writers, toolPaths), new Rounds(reference, floor, repeat), probeRanges, scratch);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine(ex.Message);
            return Usage();
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(IMigrationTarget target, long rows, ToolOptions tool, Rounds rounds, int probeRanges, string scratch)
    {
        var (reference, floor, repeat) = rounds;
        Console.WriteLine($"migration harness: {target.Provider}, {rows:N0} rows, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var keys = Path.Combine(scratch, "keys.json");
        var storedLength = StoredLength();
        using (var ring = TokenKeyRing.Generate("bench"))
        {
            await using var stream = File.Create(keys);
            ring.WriteSecretJson(stream);
        }

        var summaryPath = Path.Combine(scratch, "summary.json");
        List<string> arguments = ["migrate", "--execute", .. target.ToolArguments, "--keys-file", keys, "--summary-json", summaryPath];
        if (tool.BatchSize is { } size)
        {
            arguments.AddRange(["--batch-size", size.ToString(CultureInfo.InvariantCulture)]);
        }

        if (tool.Writers is { } writerCount)
        {
            arguments.AddRange(["--writers", writerCount.ToString(CultureInfo.InvariantCulture)]);
        }

        var shownBatch = tool.BatchSize?.ToString(CultureInfo.InvariantCulture) ?? "default";
        var shownWriters = tool.Writers?.ToString(CultureInfo.InvariantCulture) ?? "default";
        IReadOnlyList<string> tools = tool.ToolPaths.Count == 0 ? [await ToolPublish.PublishAsync(scratch)] : tool.ToolPaths;
        for (var t = 0; t < tools.Count; t++)
        {
            var origin = tool.ToolPaths.Count == 0 ? "published from the sources by the harness: " : string.Empty;
            Console.WriteLine($"tool {t + 1}: {origin}{tools[t]} (batch {shownBatch}, writers {shownWriters}; {ToolBuild.Describe(tools[t])})");
        }

        // Reference and tools alternate, each on a freshly built table, so a slow minute of a noisy machine hits all.
        var ratios = tools.Select(_ => new List<double>(repeat)).ToArray();

        // The SQLite target is stated against the floor (issue: tool/floor and floor/reference), so those ratios are
        // printed per round and as medians too, not left to be worked out from the times.
        var toolToFloor = tools.Select(_ => new List<double>(repeat)).ToArray();
        var floorToReference = new List<double>(repeat);
        var peaks = new long[tools.Count];
        for (var round = 1; round <= repeat; round++)
        {
            var prefix = repeat > 1 ? $"[{round}/{repeat}] " : string.Empty;
            TimeSpan? referenceTime = null;
            TimeSpan? floorTime = null;
            if (reference)
            {
                await SeedAndSettleAsync(target, rows);
                referenceTime = await target.RunReferenceAsync();
                Console.WriteLine($"{prefix}reference   {target.ReferenceSql}: {Rate(rows, referenceTime.Value)}");
            }

            if (floor && target is SqliteMigrationTarget sqlite)
            {
                await SeedAndSettleAsync(target, rows);
                var journalTime = await sqlite.RunReferenceUnderToolPragmasAsync();
                var journalVersus = referenceTime is { } rj ? string.Create(CultureInfo.InvariantCulture, $", {rj.TotalSeconds / journalTime.TotalSeconds:F2}x the reference") : string.Empty;
                Console.WriteLine($"{prefix}journal     the reference statement under the tool's pragmas (WAL, checkpoint at the end): {Rate(rows, journalTime)}{journalVersus}");
                await SeedAndSettleAsync(target, rows);
                // The floor at the batch size the tool runs with: --batch-size, or else the engine's own default.
                var floorRun = await sqlite.RunBatchedFloorAsync(rows, tool.BatchSize ?? new SqliteTokenStoreProvider().DefaultBatchSize, storedLength);
                floorTime = floorRun;
                var versus = string.Empty;
                if (referenceTime is { } r)
                {
                    floorToReference.Add(r.TotalSeconds / floorRun.TotalSeconds);
                    versus = string.Create(CultureInfo.InvariantCulture, $", {floorToReference[^1]:F2}x the reference");
                }

                Console.WriteLine($"{prefix}floor       one native UPDATE per batch, the tool's pragmas, no read/hash/read-back: {Rate(rows, floorRun)}{versus}");
            }

            for (var t = 0; t < tools.Count; t++)
            {
                var label = tools.Count > 1 ? $"{prefix}tool {t + 1}: " : prefix;
                await SeedAndSettleAsync(target, rows);
                var run = await ToolRun.RunAsync(tools[t], arguments, target.ToolEnvironment);
                if (run.ExitCode != 0)
                {
                    Console.Error.WriteLine($"entsoe-tokens exited {run.ExitCode}:{Environment.NewLine}{run.Errors}");
                    return 1;
                }

                peaks[t] = Math.Max(peaks[t], run.PeakBytes);
                Console.WriteLine($"{label}entsoe-tokens migrate --execute (wall clock incl. start-up): {Rate(rows, run.Elapsed)}; peak memory {run.PeakBytes / (1024.0 * 1024.0):F1} MB");
                using (var summary = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(summaryPath)))
                {
                    // The engine's own clock: from the first batch to the last, without process start-up and preflight.
                    var engineRate = summary.RootElement.GetProperty("rowsPerSecond").GetDouble();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}  engine's own summary: {engineRate:N0} rows/s"));
                }

                if (referenceTime is { } baseline)
                {
                    var ratio = baseline.TotalSeconds / run.Elapsed.TotalSeconds;
                    ratios[t].Add(ratio);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}ratio {ratio:F2}x the reference's rows/s (wall clock)"));
                }

                if (floorTime is { } contractFloor)
                {
                    toolToFloor[t].Add(contractFloor.TotalSeconds / run.Elapsed.TotalSeconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}ratio {toolToFloor[t][^1]:F2}x the floor's rows/s (wall clock)"));
                }

                var left = await target.CountUnhashedAsync();
                if (left != 0)
                {
                    Console.Error.WriteLine($"{left} rows are not hashed after the run.");
                    return 1;
                }
            }
        }

        if (repeat > 1)
        {
            for (var t = 0; t < tools.Count; t++)
            {
                var label = tools.Count > 1 ? $"tool {t + 1}: " : string.Empty;
                Console.WriteLine($"{label}peak memory over {repeat} runs: {peaks[t] / (1024.0 * 1024.0):F1} MB");
                WriteMedian($"{label}median ratio", ratios[t]);
                WriteMedian($"{label}median tool/floor", toolToFloor[t]);
            }

            WriteMedian("median floor/reference", floorToReference);
        }

        if (probeRanges > 0 && target is PostgresMigrationTarget postgres)
        {
            await target.SeedAsync(rows);
            using var ring = TokenKeyRing.Load(keys);
            using var hasher = TokenHasher.Create(ring);
            var probeBatch = tool.BatchSize ?? 5000;
            var probe = await StoreProbe.RunAsync("postgres", postgres.ConnectionString, PostgresMigrationTarget.Target, rows, probeRanges, probeBatch, hasher);
            Console.WriteLine($"store probe ({probeRanges} key ranges, hashing overlapped with writing, batch {probeBatch}; NOT the shipped engine): {Rate(rows, probe)}");

            if (await target.CountUnhashedAsync() != 0)
            {
                Console.Error.WriteLine("The store probe left rows unhashed.");
                return 1;
            }
        }

        return 0;
    }

    // The stored format's length for the harness's key id: what the tool writes per row.
    private static int StoredLength()
    {
        using var ring = TokenKeyRing.Generate("bench");
        using var hasher = TokenHasher.Create(ring);
        return hasher.StoredLength;
    }

    // The seed and every run before it leave hundreds of megabytes of dirty pages; written back by the kernel while the
    // next run is timed, they slowed whichever arm came next (one tool's own engine rate moved by a third within a run).
    // Each timed run therefore starts with nothing left to write back.
    private static async Task SeedAndSettleAsync(IMigrationTarget target, long rows)
    {
        await target.SeedAsync(rows);

        // Nor is the harness's own heap left to a background collection that would run beside the timed arm.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            using var sync = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sync") { UseShellExecute = false })!;
            await sync.WaitForExitAsync();
        }
    }

    private static void WriteMedian(string label, List<double> ratios)
    {
        if (ratios.Count == 0)
        {
            return;
        }

        var sorted = ratios.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} {median:F2}x over {sorted.Count} rounds (min {sorted[0]:F2}x, max {sorted[^1]:F2}x)"));
    }

    private static string Rate(long rows, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{rows / elapsed.TotalSeconds:N0} rows/s ({elapsed.TotalSeconds:F2} s)");

    private static int Usage()
    {
        Console.Error.WriteLine("usage: migration --provider sqlite|postgres [--rows 1000000] [--batch-size N] [--writers N] [--tool entsoe-tokens.dll]... [--repeat N] [--no-reference] [--floor] [--floor-matrix] [--token-index] [--probe-ranges N]");
        Console.Error.WriteLine("--repeat N alternates reference and tool N times (1-20) and prints the median ratio.");
        Console.Error.WriteLine("--tool runs that entsoe-tokens.dll or executable (e.g. an installed tool) instead of a framework-dependent publish of the sources.");
        Console.Error.WriteLine("--floor (SQLite) also times the reference under the tool's pragmas and one native UPDATE per batch.");
        Console.Error.WriteLine("--floor-matrix (SQLite) times only that floor, under WAL and a rollback journal, for several batch sizes, against the reference.");
        Console.Error.WriteLine("--token-index puts a unique index on the token column of every table built.");
        Console.Error.WriteLine("PostgreSQL reads its connection string from TOOLKIT_POSTGRES.");
        return 2;
    }
}
