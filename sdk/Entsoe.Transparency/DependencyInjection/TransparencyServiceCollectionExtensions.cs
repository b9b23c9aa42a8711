using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Entsoe.Transparency;

/// <summary>Registers <see cref="TransparencyClient"/> with dependency injection, on <see cref="IHttpClientFactory"/>.</summary>
public static class TransparencyServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client uses.</summary>
    public const string HttpClientName = "Entsoe.Transparency";

    /// <summary>
    /// Registers a singleton <see cref="TransparencyClient"/> whose token comes from <c>ENTSOE_SECURITY_TOKEN</c>
    /// (or <c>ENTSOE_API_KEY</c>), read when the client is first resolved. The <see cref="SecurityTokenCredential"/>
    /// is registered too, so the application can <see cref="SecurityTokenCredential.Update"/> it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; they are validated when the client is resolved (or at start-up with a host).</param>
    /// <returns>A builder for further settings of the client, such as a shared rate budget.</returns>
    public static ITransparencyClientBuilder AddTransparencyClient(this IServiceCollection services, Action<TransparencyClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => SecurityTokenCredential.FromEnvironment());
        return AddCore(services, configure);
    }

    /// <summary>Registers a singleton <see cref="TransparencyClient"/> using <paramref name="credential"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="credential">The security token; also registered, so the application can update it.</param>
    /// <param name="configure">Sets the options; they are validated when the client is resolved (or at start-up with a host).</param>
    /// <returns>A builder for further settings of the client, such as a shared rate budget.</returns>
    public static ITransparencyClientBuilder AddTransparencyClient(this IServiceCollection services, SecurityTokenCredential credential, Action<TransparencyClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(credential);
        services.TryAddSingleton(credential);
        return AddCore(services, configure);
    }

    private static TransparencyClientBuilder AddCore(IServiceCollection services, Action<TransparencyClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TransparencyClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TransparencyClientOptions>, TransparencyClientOptionsValidator>());
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The token handler is part of the primary handler, so it runs after every handler the factory or the
            // application adds: none of them can see (or log) a request that carries the token.
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<TransparencyClientOptions>>().Value;
                return TransparencyTransport.CreateHandler(sp.GetRequiredService<SecurityTokenCredential>(), options.TokenPlacement);
            })
            // The factory's request loggers sit outside the primary handler, so they never see the token; they go
            // anyway, because the client logs every request itself through its redactor and one line is enough.
            .RemoveAllLoggers();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TransparencyClientOptions>>().Value;
            var effective = new TransparencyClientOptions
            {
                BaseAddress = options.BaseAddress,
                TokenPlacement = options.TokenPlacement,
                AttemptTimeout = options.AttemptTimeout,
                TotalTimeout = options.TotalTimeout,
                MaxResponseBytes = options.MaxResponseBytes,
                ThrowOnNoMatchingData = options.ThrowOnNoMatchingData,
                LoggerFactory = options.LoggerFactory ?? sp.GetService<ILoggerFactory>(),
                TimeProvider = options.TimeProvider ?? sp.GetService<TimeProvider>(),
                MeterFactory = options.MeterFactory ?? sp.GetService<IMeterFactory>(),
            };
            CopySubOptions(options, effective);
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            // A client per call: the factory then rotates handlers, and the singleton never pins a stale one.
            return new TransparencyClient(sp.GetRequiredService<SecurityTokenCredential>(), effective, () => factory.CreateClient(HttpClientName));
        });
        return new TransparencyClientBuilder(services);
    }

    private static void CopySubOptions(TransparencyClientOptions from, TransparencyClientOptions to)
    {
        to.Retry.MaxRetries = from.Retry.MaxRetries;
        to.Retry.BaseDelay = from.Retry.BaseDelay;
        to.Retry.MaxDelay = from.Retry.MaxDelay;
        to.Retry.MaxRetryAfter = from.Retry.MaxRetryAfter;
        to.Retry.WaitWhenBanned = from.Retry.WaitWhenBanned;
        to.RateLimit.Enabled = from.RateLimit.Enabled;
        to.RateLimit.PermitLimit = from.RateLimit.PermitLimit;
        to.RateLimit.Window = from.RateLimit.Window;
        to.RateLimit.Burst = from.RateLimit.Burst;
        to.RateLimit.QueueLimit = from.RateLimit.QueueLimit;
        to.RateLimit.SharedBudget = from.RateLimit.SharedBudget;
    }
}
