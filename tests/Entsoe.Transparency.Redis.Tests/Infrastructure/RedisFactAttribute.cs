namespace Entsoe.Transparency.Redis.Tests.Infrastructure;

/// <summary>
/// A fact that needs the Redis server named by <c>TOOLKIT_REDIS</c>. On a developer machine without it the test is
/// skipped with a message naming the variable; in CI (<c>CI=true</c>) it is never skipped, so a missing server fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisEnvironment.SkipReason(RedisEnvironment.Configuration, RedisEnvironment.IsCi) is { } reason)
        {
            Skip = reason;
        }
    }
}
