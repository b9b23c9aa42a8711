namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>Where the PostgreSQL tests find their server, and what happens when there is none.</summary>
public static class PostgresEnvironment
{
    public const string Variable = "TOOLKIT_POSTGRES";

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>A skip message when the server is absent outside CI; <c>null</c> means "run".</summary>
    public static string? SkipReason() => SkipReason(ConnectionString, IsCi);

    /// <summary>The decision itself, separated from the process environment so it can be tested.</summary>
    public static string? SkipReason(string? connectionString, bool isCi) =>
        connectionString is null && !isCi
            ? $"PostgreSQL tests need the environment variable {Variable} (an Npgsql connection string); it is not set."
            : null;

    /// <summary>The connection string, or a clear failure when a test runs without one (CI=true).</summary>
    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"CI=true but {Variable} is not set: the PostgreSQL tests must run in CI. " +
            $"Export {Variable} with an Npgsql connection string (.ci/run starts a server and sets it).");
}
