namespace Entsoe.Transparency;

/// <summary>
/// Adds the security token to each request at the last moment, just before the transport. Nothing above this
/// handler (the client, loggers, resilience) ever sees a request that carries the token.
/// </summary>
internal sealed class SecurityTokenHandler(SecurityTokenCredential credential, TokenPlacement placement) : DelegatingHandler
{
    internal const string HeaderName = "SECURITY_TOKEN";
    internal const string QueryParameterName = "securityToken";

    /// <summary>The version of the credential a request was sent with, so a 401 can tell whether the token rotated since.</summary>
    internal static readonly HttpRequestOptionsKey<int> TokenVersionKey = new("Entsoe.Transparency.TokenVersion");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = credential.Current;
        request.Options.Set(TokenVersionKey, snapshot.Version);
        if (placement == TokenPlacement.Header)
        {
            request.Headers.Remove(HeaderName);
            request.Headers.TryAddWithoutValidation(HeaderName, snapshot.Value);
        }
        else if (request.RequestUri is { } uri)
        {
            var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
            request.RequestUri = new Uri(uri.AbsoluteUri + separator + QueryParameterName + "=" + Uri.EscapeDataString(snapshot.Value));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
