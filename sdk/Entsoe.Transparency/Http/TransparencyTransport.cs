using System.Net;

namespace Entsoe.Transparency;

/// <summary>
/// The transport under every client: the token handler over a socket handler. The client's own <see cref="HttpClient"/>
/// and the one <c>IHttpClientFactory</c> builds for dependency injection use the same handler, so both send alike.
/// </summary>
internal static class TransparencyTransport
{
    /// <summary>The token handler over a socket handler; the token handler is innermost but for the socket.</summary>
    public static HttpMessageHandler CreateHandler(SecurityTokenCredential credential, TokenPlacement placement) =>
        new SecurityTokenHandler(credential, placement)
        {
            InnerHandler = new SocketsHttpHandler
            {
                // A long-lived client must still notice DNS changes when the platform moves.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(30),
            },
        };

    /// <summary>The <see cref="HttpClient"/> a client creates for itself (and disposes) when none is injected.</summary>
    public static HttpClient CreateHttpClient(SecurityTokenCredential credential, TransparencyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        return new HttpClient(CreateHandler(credential, options.TokenPlacement), disposeHandler: true)
        {
            // Timeouts belong to the resilience pipeline, which knows attempts from the caller's budget.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }
}
