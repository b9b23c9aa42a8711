using Xunit.Abstractions;

namespace Entsoe.Transparency.Migrator.Tests.Support;

/// <summary>
/// The provider-independent part of the crash-safety test: run the real <c>entsoe-tokens migrate --execute</c>, SIGKILL
/// it at random moments at least <see cref="Kills"/> times, every other one counted from that run's first committed write (restoring the pristine table whenever a run finished before
/// its kill), then run it to completion. The caller seeds the table, says how to count hashed rows and how to reset,
/// and afterwards checks every row against Hash(original).
/// </summary>
/// <param name="arguments">The full command line (migrate --execute, provider, connection, table and key options).</param>
/// <param name="environment">Environment for the child (e.g. the variable named by --connection-env).</param>
/// <param name="countHashed">Counts rows holding a stored hash.</param>
/// <param name="reset">Restores the table to its original plaintext.</param>
/// <param name="totalRows">Rows in the table.</param>
/// <param name="output">Where to log the runs (with the random seed, so a failure can be replayed).</param>
public sealed class CrashTestRunner(
    IReadOnlyList<string> arguments,
    IReadOnlyDictionary<string, string> environment,
    Func<Task<long>> countHashed,
    Func<Task> reset,
    long totalRows,
    ITestOutputHelper output)
{
    public int Kills { get; init; } = 10;

    public int MinDelayMilliseconds { get; init; } = 400;

    public int MaxDelayMilliseconds { get; init; } = 1500;

    /// <summary>Runs the kill cycles and the final run; returns the number of kills that left a partly migrated table.</summary>
    public async Task<int> RunAsync()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"random seed {seed}");
        var random = new Random(seed);
        var kills = 0;
        var partial = 0;
        for (var attempt = 0; kills < Kills && attempt < Kills * 4; attempt++)
        {
            var hashedBefore = await countHashed();
            using var process = ToolProcess.Start(arguments, environment);
            if (attempt % 2 == 0)
            {
                // A moment counted from the start: start-up, preflight or any batch, whatever the machine's speed.
                await Task.Delay(random.Next(MinDelayMilliseconds, MaxDelayMilliseconds));
            }
            else
            {
                // A moment counted from this run's first committed write, so a starved machine, whose start-up alone can
                // outlast every delay above, still has kills land in the middle of a migration.
                await WaitForWriteAsync(process, hashedBefore);
                await Task.Delay(random.Next(0, MaxDelayMilliseconds - MinDelayMilliseconds));
            }

            var killed = !process.HasExited;
            if (killed)
            {
                process.KillHard();
                kills++;
            }

            var (exitCode, _, error) = await process.WaitAsync(TimeSpan.FromMinutes(2));
            if (!killed && exitCode != 0)
            {
                throw new InvalidOperationException($"an unkilled run failed with exit {exitCode}: {error}");
            }

            var hashed = await countHashed();
            partial += killed && hashed > 0 && hashed < totalRows ? 1 : 0;
            output.WriteLine($"run {attempt + 1}: {(killed ? "killed" : $"exit {exitCode}")}, {hashed} of {totalRows} rows hashed");
            if (hashed == totalRows)
            {
                // Finished before a kill landed: start over so the remaining kills hit a live migration.
                await reset();
            }
        }

        if (kills < Kills)
        {
            throw new InvalidOperationException($"only {kills} kills landed during a run");
        }

        using var final = ToolProcess.Start(arguments, environment);
        var (code, _, stderr) = await final.WaitAsync(TimeSpan.FromMinutes(5));
        if (code != 0)
        {
            throw new InvalidOperationException($"final run exit {code}: {stderr}");
        }

        return partial;
    }

    private async Task WaitForWriteAsync(ToolProcess process, long hashedBefore)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!process.HasExited && DateTime.UtcNow < deadline && await countHashed() <= hashedBefore)
        {
            await Task.Delay(20);
        }
    }
}
