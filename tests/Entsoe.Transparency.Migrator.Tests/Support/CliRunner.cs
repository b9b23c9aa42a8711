using Entsoe.Transparency.Migrator.Cli;
using Entsoe.Transparency.Migrator.Invocation;

namespace Entsoe.Transparency.Migrator.Tests.Support;

/// <summary>Runs the real command line in process with captured streams.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(IEnumerable<string> args, string? stdin = null, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var host = new CliHost
        {
            Out = output,
            Error = error,
            In = new StringReader(stdin ?? string.Empty),
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            ErrorIsTerminal = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        var exitCode = await MigratorCli.RunAsync(args.ToArray(), host, cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
