namespace Entsoe.Transparency.Migrator.Tests.Support;

/// <summary>What one in-process run of the command line produced.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string All => Out + Error;

    public override string ToString() => $"exit {ExitCode}; stderr: {Error}";
}
