namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>Where the PostgreSQL tests find their server, and what happens when there is none.</summary>
public static class PostgresEnvironment
{
    public const string Variable = "TOOLKIT_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why the PostgreSQL tests cannot run here; null when <c>TOOLKIT_POSTGRES</c> is set.</summary>
    public static string? MissingReason =>
        ConnectionString is null ? $"PostgreSQL tests need the environment variable {Variable} (an Npgsql connection string); it is not set." : null;

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL tests must run in CI (.ci/run starts a server and sets it).");
}
