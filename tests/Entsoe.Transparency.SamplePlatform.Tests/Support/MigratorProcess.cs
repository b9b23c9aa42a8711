using System.Diagnostics;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>The real <c>entsoe-tokens</c> (copied next to the tests by the project reference) as a child process, its output captured.</summary>
public sealed class MigratorProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private MigratorProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    public bool HasExited => process.HasExited;

    public static MigratorProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "entsoe-tokens.dll");
        if (!File.Exists(tool))
        {
            throw new FileNotFoundException("entsoe-tokens.dll is not next to the test assembly; build the test project.", tool);
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
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
        return new MigratorProcess(process);
    }

    /// <summary>SIGKILL: no cleanup of any kind runs in the tool.</summary>
    public void KillHard() => process.Kill(entireProcessTree: true);

    /// <summary>Waits for the exit (killing the tool if it outlives <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"entsoe-tokens did not finish within {timeout}.");
        }

        return (process.ExitCode, await output + "\n" + await error);
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
