namespace Entsoe.Transparency.Migrator.Invocation;

/// <summary>The process surroundings a command runs in; tests replace every part of it.</summary>
internal sealed class CliHost
{
    /// <summary>Standard output: data only (the issued token, nothing else for <c>token issue</c>).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: progress, warnings, the summary and error messages.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input (the token for <c>token check</c>).</summary>
    public required TextReader In { get; init; }

    /// <summary>Reads an environment variable.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>True when standard error is a terminal (progress bar) rather than redirected (plain lines).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The clock for progress, durations and <c>--sleep-ms</c>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The directory relative paths (and <c>demo</c>'s folder) resolve against.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The process's standard streams and environment.</summary>
    public static CliHost FromConsole() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        ErrorIsTerminal = !Console.IsErrorRedirected,
    };
}
