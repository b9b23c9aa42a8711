namespace Entsoe.Transparency.Migrator.Tests.Support;

/// <summary>What one run of a command line (in process or as a child process) produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;

    public override string ToString() => $"exit {ExitCode}; stderr: {Error}";
}
