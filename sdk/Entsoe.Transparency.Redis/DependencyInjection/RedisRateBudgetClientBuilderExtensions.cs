using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Redis;

/// <summary><c>services.AddTransparencyClient(...).UseRedisRateBudget(...)</c>.</summary>
public static class RedisRateBudgetClientBuilderExtensions
{
    /// <summary>
    /// Makes the registered client draw from one rate budget on Redis, shared by every process that uses the same token.
    /// The budget is a singleton of the container (disposed with it); its logger and meter come from the container.
    /// </summary>
    /// <param name="builder">What <c>AddTransparencyClient</c> returned.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string (it may hold a password: prefer the environment).</param>
    /// <param name="configure">Further settings, such as <see cref="RedisRateBudgetOptions.EgressScope"/>.</param>
    /// <returns>The builder.</returns>
    public static ITransparencyClientBuilder UseRedisRateBudget(this ITransparencyClientBuilder builder, string configuration, Action<RedisRateBudgetOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        builder.Services.TryAddSingleton(sp =>
        {
            var options = new RedisRateBudgetOptions
            {
                Configuration = configuration,
                LoggerFactory = sp.GetService<ILoggerFactory>(),
                MeterFactory = sp.GetService<IMeterFactory>(),
                TimeProvider = sp.GetService<TimeProvider>(),
            };
            configure?.Invoke(options);
            return new RedisRateBudget(options);
        });
        builder.Services.AddOptions<TransparencyClientOptions>().Configure<RedisRateBudget>((options, budget) => options.RateLimit.SharedBudget = budget);
        return builder;
    }
}
