namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>A fact that needs the PostgreSQL server of <see cref="PostgresEnvironment"/>.</summary>
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
