using System.Diagnostics;

namespace Entsoe.Transparency.Migrator.Tests.Support;

/// <summary>The real <c>entsoe-tokens</c> (copied next to the test assembly by the project reference) as a child process.</summary>
public sealed class ToolProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private ToolProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Path of entsoe-tokens.dll next to the tests.</summary>
    public static string ToolPath
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "entsoe-tokens.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("entsoe-tokens.dll is not next to the test assembly; build the test project.", dll);
        }
    }

    public static ToolProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        return new ToolProcess(process);
    }

    /// <summary>Sends SIGINT (what Ctrl+C sends).</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -INT failed with exit {kill.ExitCode}.");
        }
    }

    /// <summary>SIGKILL: no cleanup of any kind runs in the process.</summary>
    public void KillHard() => process.Kill(entireProcessTree: true);

    public async Task<(int ExitCode, string Out, string Error)> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
