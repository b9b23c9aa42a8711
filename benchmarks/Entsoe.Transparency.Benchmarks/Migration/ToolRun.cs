using System.Diagnostics;
using System.Globalization;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// Runs the real <c>entsoe-tokens</c> as a child process and measures what a DBA would see: wall-clock time from start
/// to exit, and the process's peak resident memory (Linux <c>VmHWM</c>, sampled until it exits).
/// </summary>
public static class ToolRun
{
    public static async Task<(int ExitCode, TimeSpan Elapsed, long PeakBytes, string Errors)> RunAsync(
        string toolPath, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var tool = toolPath;

        // A .dll runs on the shared runtime; anything else is the executable of a self-contained publish.
        var isDll = tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(isDll ? "dotnet" : tool)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (isDll)
        {
            start.ArgumentList.Add(tool);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadHighWaterMark(process.Id));
            await Task.Delay(20);
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        await process.WaitForExitAsync();
        await stdout;
        return (process.ExitCode, elapsed, peak, await stderr);
    }

    /// <summary>VmHWM of <paramref name="pid"/> in bytes (0 when unavailable, e.g. not Linux or already gone).</summary>
    public static long ReadHighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
