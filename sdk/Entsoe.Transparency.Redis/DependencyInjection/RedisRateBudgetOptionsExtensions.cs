namespace Entsoe.Transparency.Redis;

/// <summary><c>options.UseRedisRateBudget(...)</c>, for code without dependency injection.</summary>
public static class RedisRateBudgetOptionsExtensions
{
    /// <summary>
    /// Makes clients created with <paramref name="options"/> draw from one rate budget on Redis, shared by every process
    /// that uses the same token. Dispose the returned budget when the clients are done.
    /// </summary>
    /// <param name="options">The client's options.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string (it may hold a password: prefer the environment).</param>
    /// <param name="configure">Further settings, such as <see cref="RedisRateBudgetOptions.EgressScope"/>.</param>
    /// <returns>The budget, now <see cref="TransparencyRateLimitOptions.SharedBudget"/> of <paramref name="options"/>.</returns>
    public static RedisRateBudget UseRedisRateBudget(this TransparencyClientOptions options, string configuration, Action<RedisRateBudgetOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var settings = new RedisRateBudgetOptions { Configuration = configuration, LoggerFactory = options.LoggerFactory, MeterFactory = options.MeterFactory };
        configure?.Invoke(settings);
        var budget = new RedisRateBudget(settings);
        options.RateLimit.SharedBudget = budget;
        return budget;
    }
}
