namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>One database engine as the harness drives it.</summary>
public interface IMigrationTarget : IAsyncDisposable
{
    /// <summary>The --provider name.</summary>
    string Provider { get; }

    /// <summary>The reference statement, as printed.</summary>
    string ReferenceSql { get; }

    /// <summary>(Re)creates the table <c>t(key, token)</c> with the sample tokens, as fresh as a new table can be.</summary>
    Task SeedAsync(long rows);

    /// <summary>Runs the reference statement once and returns its duration.</summary>
    Task<TimeSpan> RunReferenceAsync();

    /// <summary>The table and connection arguments for <c>entsoe-tokens</c>.</summary>
    IReadOnlyList<string> ToolArguments { get; }

    /// <summary>Environment variables the tool needs (the connection string travels here, never on the command line).</summary>
    IReadOnlyDictionary<string, string> ToolEnvironment { get; }

    /// <summary>Rows whose token is not in a stored (hashed) format after the run: must be 0.</summary>
    Task<long> CountUnhashedAsync();
}
