namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>A fact that needs the PostgreSQL server of <c>TOOLKIT_POSTGRES</c>: skipped without it on a developer machine, never in CI.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresEnvironment.SkipReason(PostgresEnvironment.ConnectionString, Ci.IsCi) is { } reason)
        {
            Skip = reason;
        }
    }
}
