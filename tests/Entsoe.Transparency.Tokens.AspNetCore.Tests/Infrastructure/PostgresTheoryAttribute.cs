namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>A theory that needs the PostgreSQL server of <see cref="PostgresEnvironment"/>.</summary>
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
