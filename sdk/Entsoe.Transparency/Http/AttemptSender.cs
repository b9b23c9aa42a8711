using System.Runtime.CompilerServices;

namespace Entsoe.Transparency;

/// <summary>
/// Sends one HTTP attempt of a call and reads its body whole: the innermost step of the resilience pipeline. It frees
/// the attempt's rate-limit slot at the response headers (the request has reached the platform by then) and reports a
/// ban the body announces, so every request for that token can pause at once.
/// </summary>
internal sealed class AttemptSender(
    Func<HttpClient> httpClient,
    TokenPlacement placement,
    long maxResponseBytes,
    TransparencyLog log,
    TransparencyMetrics metrics,
    Action<AttemptResult, DateTimeOffset> onBanned)
{
    private const string Accept = "application/xml, application/zip;q=0.9, */*;q=0.5";

    /// <summary>Sends the attempt for <paramref name="state"/>.</summary>
    /// <exception cref="ResponseBodyTooLargeException">The body exceeds the size limit.</exception>
    /// <exception cref="HttpRequestException">The network failed.</exception>
    // Pooled: a call that really waits on the network would otherwise allocate this method's state machine each time.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<AttemptResult> SendAsync(CallState state, CancellationToken cancellationToken)
    {
        state.Attempts++;
        log.AttemptStarting(state, state.Attempts, placement);
        using var request = new HttpRequestMessage(HttpMethod.Get, state.Uri);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        try
        {
            using var response = await httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);

            // The request has reached the platform by now: its window starts here, not after the body.
            state.Slot?.Complete();
            var body = await ResponseBodyReader.ReadAsync(response.Content, maxResponseBytes, cancellationToken).ConfigureAwait(false);
            var version = request.Options.TryGetValue(SecurityTokenHandler.TokenVersionKey, out var v) ? v : 0;
            var result = new AttemptResult((int)response.StatusCode, body, response.Headers.RetryAfter, version);
            metrics.AttemptCompleted(result.StatusCode);
            if (result.StatusCode == 429)
            {
                metrics.RateLimited();
                if (result.BannedUntil() is { } bannedUntil)
                {
                    metrics.Banned();
                    onBanned(result, bannedUntil);
                }
            }

            state.LastResult = result;
            return result;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            metrics.AttemptFailed(ex is OperationCanceledException ? "timeout" : ex.GetType().Name);
            state.LastException = ex;
            throw;
        }
    }
}
