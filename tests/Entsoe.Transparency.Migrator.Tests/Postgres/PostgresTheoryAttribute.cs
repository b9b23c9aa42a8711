namespace Entsoe.Transparency.Migrator.Tests.Postgres;

/// <summary>The theory counterpart of <see cref="PostgresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresEnvironment.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
