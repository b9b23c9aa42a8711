namespace Entsoe.Transparency.Migrator.Cli;

/// <summary>The <c>entsoe-tokens</c> command line.</summary>
internal static class MigratorCli
{
    /// <summary>Runs the command line in this process's console; Ctrl+C and SIGTERM cancel the run gracefully.</summary>
    public static async Task<int> RunFromConsoleAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        return await RunAsync(args, CliHost.FromConsole(), cancellation.Token).ConfigureAwait(false);
    }

    /// <summary>Runs one command line and returns its exit code.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        cancellationToken.ThrowIfCancellationRequested();
        host.Error.WriteLine("entsoe-tokens: commands are being wired up in this revision.");
        return Task.FromResult(ExitCodes.Usage);
    }
}
