using System.Diagnostics;
using System.Globalization;

namespace Entsoe.Transparency.Redis.Tests.Infrastructure;

/// <summary>One process of the fleet: the test host in <c>worker</c> mode, its token and Redis in its environment.</summary>
internal static class FleetProcess
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    /// <summary>Starts <paramref name="count"/> workers at once and returns each one's summary line.</summary>
    public static async Task<string[]> RunAsync(int count, string token, string redis, IEnumerable<string> arguments)
    {
        var args = arguments.ToArray();
        var processes = Enumerable.Range(0, count).Select(_ => Start(token, redis, args)).ToArray();
        try
        {
            return await Task.WhenAll(processes.Select(FinishAsync));
        }
        finally
        {
            foreach (var process in processes)
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }
        }
    }

    public static string[] Arguments(Uri api, int callers, int requests, int limit, TimeSpan window, int burst, string prefix, params string[] more) =>
    [
        "worker", "--api", api.AbsoluteUri, "--callers", Text(callers), "--requests", Text(requests), "--limit", Text(limit),
        "--window-ms", Text((int)window.TotalMilliseconds), "--burst", Text(burst), "--prefix", prefix,

        // These tests are about the shared budget, not the fallback: a busy machine must not make Redis look slow.
        "--operation-timeout-ms", Text((int)InProcessFleet.PatientOperationTimeout.TotalMilliseconds), .. more,
    ];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Process Start(string token, string redis, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Entsoe.Transparency.Redis.TestHost.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["FLEET_TOKEN"] = token;
        start.Environment["TOOLKIT_REDIS"] = redis;
        return Process.Start(start)!;
    }

    private static async Task<string> FinishAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var line = (await output).Trim();
        Assert.True(process.ExitCode == 0, $"a worker exited {process.ExitCode}: {line} {await errors}");
        return line;
    }
}
