namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>
/// A fact that needs the PostgreSQL server named by <c>TOOLKIT_POSTGRES</c>. On a developer
/// machine without it the test is skipped with a message naming the variable; in CI
/// (<c>CI=true</c>) it is never skipped, so a missing server fails loudly instead of hiding.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresEnvironment.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
