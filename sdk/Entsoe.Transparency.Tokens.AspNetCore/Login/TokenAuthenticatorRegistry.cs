using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// One <see cref="TokenAuthenticator"/> per scheme for the application's lifetime (the handler itself is created per
/// request). Built on the scheme's first request; a failed build (the database was down) is retried by the next one.
/// Disposed with the service provider, closing the pooled connections.
/// </summary>
internal sealed class TokenAuthenticatorRegistry(ILoggerFactory loggerFactory, TransparencyTokenCache caches, IMeterFactory? meterFactory = null) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TokenAuthenticator>>> authenticators = new(StringComparer.Ordinal);
    private readonly TransparencyTokenMetrics metrics = new(meterFactory);
    private readonly TransparencyTokenLog log = new(loggerFactory.CreateLogger("Entsoe.Transparency.Tokens.AspNetCore.TransparencyTokenHandler"));

    public TransparencyTokenLog Log => log;

    public TransparencyTokenMetrics Metrics => metrics;

    public ValueTask<TokenAuthenticator> GetAsync(string scheme, TransparencyTokenOptions options, CancellationToken cancellationToken) =>
        authenticators.TryGetValue(scheme, out var built) && built.IsValueCreated && built.Value.IsCompletedSuccessfully
            ? ValueTask.FromResult(built.Value.Result)
            : BuildAsync(scheme, options, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var entry in authenticators.Values)
        {
            if (entry.IsValueCreated && entry.Value.IsCompletedSuccessfully)
            {
                await entry.Value.Result.DisposeAsync().ConfigureAwait(false);
            }
        }

        authenticators.Clear();
    }

    private async ValueTask<TokenAuthenticator> BuildAsync(string scheme, TransparencyTokenOptions options, CancellationToken cancellationToken)
    {
        var entry = authenticators.GetOrAdd(scheme, _ => new Lazy<Task<TokenAuthenticator>>(
            () => TokenAuthenticator.CreateAsync(options, metrics, log, caches, CancellationToken.None)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            authenticators.TryRemove(new KeyValuePair<string, Lazy<Task<TokenAuthenticator>>>(scheme, entry));
            throw;
        }
    }
}
