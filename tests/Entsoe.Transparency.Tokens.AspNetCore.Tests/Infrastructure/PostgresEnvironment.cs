namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>
/// Where the PostgreSQL tests find their server (<c>TOOLKIT_POSTGRES</c>). Without it they are skipped on a developer
/// machine and fail in CI (<c>CI=true</c>), as the migrator's PostgreSQL tests do.
/// </summary>
public static class PostgresEnvironment
{
    public const string Variable = "TOOLKIT_POSTGRES";

    public static string? SkipReason()
    {
        var isCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        return Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } || isCi
            ? null
            : $"PostgreSQL tests need the environment variable {Variable} (an Npgsql connection string); it is not set.";
    }

    public static string RequireConnectionString() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL tests must run in CI (.ci/run starts a server and sets it).");
}
