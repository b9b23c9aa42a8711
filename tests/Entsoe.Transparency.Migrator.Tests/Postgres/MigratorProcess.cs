using System.Diagnostics;

namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>Starts the real <c>entsoe-tokens</c> (built next to the tests) as a separate process.</summary>
public static class MigratorProcess
{
    public static Process Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "entsoe-tokens.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("entsoe-tokens.dll is not next to the test assembly; build the test project first.", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        return process;
    }
}
