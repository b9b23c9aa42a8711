using System.Diagnostics;
using System.Globalization;

namespace Entsoe.Transparency.Benchmarks.RateLimit;

/// <summary>
/// <c>rate-limit [--row N]</c>: what the platform would count. Each row of <see cref="ArrivalRow.Table"/> runs in a
/// fresh child process (cold start included: JIT, the first connections), where several callers share one new
/// <see cref="TransparencyClient"/> with its own local rate limiter and a loopback <see cref="ArrivalServer"/> records
/// when every request arrived and when its answer started. Printed per row: the densest window of arrivals and of
/// answer starts against the limit, and the arrivals per whole window after the first one against the limit (the
/// steady state, while every caller has work queued).
/// </summary>
public static class ArrivalHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--row", var text] && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < ArrivalRow.Table.Count)
        {
            Console.WriteLine(await MeasureAsync(ArrivalRow.Table[index]));
            return 0;
        }

        if (args.Length != 0)
        {
            Console.Error.WriteLine("usage: rate-limit [--row N]");
            return 2;
        }

        Console.WriteLine("| row | limit | densest window of arrivals | densest window of answer starts | arrivals per window after the first / limit | wall time |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (var i = 0; i < ArrivalRow.Table.Count; i++)
        {
            var line = await RunChildAsync(i);
            if (line is null)
            {
                return 1;
            }

            Console.WriteLine($"| {ArrivalRow.Table[i]} | {line}");
        }

        return 0;
    }

    private static async Task<string> MeasureAsync(ArrivalRow row)
    {
        await using var server = await ArrivalServer.StartAsync(row.SlowEvery, row.SlowAnswer);
        var options = new TransparencyClientOptions { BaseAddress = server.Api };
        options.RateLimit.PermitLimit = row.PermitLimit;
        options.RateLimit.Window = row.Window;
        options.RateLimit.Burst = row.Burst;
        var query = new TransparencyQuery("A44")
        {
            PeriodStart = new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero),
            PeriodEnd = new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero),
        }.WithDomain("in_Domain", "10Y1001A1001A82H").WithDomain("out_Domain", "10Y1001A1001A82H");

        // A fresh token, never printed: its process-wide limiter is new, as in a process that has just started.
        using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, row.Callers).Select(async _ =>
        {
            for (var i = 0; i < row.RequestsPerCaller; i++)
            {
                await client.QueryAsync(query);
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var (arrivals, answers) = server.Recorded();
        var window = (long)(row.Window.TotalSeconds * Stopwatch.Frequency);
        var steady = SteadyShare(arrivals, window, row.PermitLimit);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{row.PermitLimit} | {SlidingWindow.Densest(arrivals, window)} | {SlidingWindow.Densest(answers, window)} | {(double.IsNaN(steady) ? "–" : steady.ToString("0.000", CultureInfo.InvariantCulture))} | {elapsed.TotalSeconds:0.0} s |");
    }

    // Arrivals per whole window after the first one (the burst and the start-up), against the limit; NaN when fewer
    // than two whole windows follow it, too short for a steady state.
    private static double SteadyShare(long[] arrivals, long window, int permitLimit)
    {
        var from = arrivals[0] + window;
        var windows = (arrivals[^1] - from) / window;
        if (windows < 2)
        {
            return double.NaN;
        }

        var to = from + (windows * window);
        return arrivals.Count(a => a > from && a <= to) / (double)(windows * permitLimit);
    }

    private static async Task<string?> RunChildAsync(int index)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ArrivalHarness).Assembly.Location);
        }

        foreach (var arg in new[] { "rate-limit", "--row", index.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            Console.Error.WriteLine($"row {index} exited {child.ExitCode}");
            return null;
        }

        return output.Trim();
    }
}
