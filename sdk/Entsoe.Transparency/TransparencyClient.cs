using System.Buffers;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace Entsoe.Transparency;

/// <summary>
/// The client of the Transparency Platform's REST API. Thread-safe: create one per process (or register it with
/// <c>services.AddTransparencyClient(...)</c>) and share it. Each call goes through, outermost first: total timeout,
/// retry, the process-wide rate limiter of its token (one slot per attempt, since the platform counts attempts, held
/// until the attempt ends), attempt timeout. The token is added last, by the transport's own handler, and never appears in a log line, an
/// exception or a <c>ToString()</c>.
/// </summary>
public partial class TransparencyClient : IDisposable
{
    private const string HttpClientDefaultAccept = "application/xml, application/zip;q=0.9, */*;q=0.5";

    private static readonly ResiliencePropertyKey<CallState> StateKey = new("Entsoe.Transparency.CallState");

    private readonly Func<HttpClient> httpClient = null!;
    private readonly HttpClient? ownedHttpClient;
    private readonly SecurityTokenCredential credential = null!;
    private readonly Redactor redactor = null!;
    private readonly TransparencyLog log = null!;
    private readonly TransparencyMetrics metrics = null!;
    private readonly ErrorMapper errors = null!;
    private readonly ResiliencePipeline<AttemptResult> pipeline = null!;
    private readonly TimeProvider time = null!;
    private readonly Uri baseAddress = null!;
    private readonly TokenPlacement placement;
    private readonly TimeSpan attemptTimeout;
    private readonly TimeSpan totalTimeout;
    private readonly long maxResponseBytes;
    private readonly bool throwOnNoMatchingData;
    private readonly TransparencyRetryOptions retry = new();
    private readonly TransparencyRateLimitOptions rateLimit = new();
    private int shapeCheckedVersion;

    /// <summary>Creates a client with the default options (production platform, token in the header).</summary>
    /// <param name="credential">The security token.</param>
    public TransparencyClient(SecurityTokenCredential credential)
        : this(credential, new TransparencyClientOptions())
    {
    }

    /// <summary>Creates a client with <paramref name="options"/>.</summary>
    /// <param name="credential">The security token.</param>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public TransparencyClient(SecurityTokenCredential credential, TransparencyClientOptions options)
        : this(credential, options, CreateOwnedHttpClient(credential, options))
    {
    }

    /// <summary>For mocking: a client whose virtual methods a test double overrides.</summary>
    protected TransparencyClient()
    {
    }

    internal TransparencyClient(SecurityTokenCredential credential, TransparencyClientOptions options, Func<HttpClient> httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.credential = credential;
        httpClient = httpClientFactory;
        time = options.TimeProvider ?? TimeProvider.System;
        baseAddress = options.BaseAddress;
        placement = options.TokenPlacement;
        attemptTimeout = options.AttemptTimeout;
        totalTimeout = options.TotalTimeout;
        maxResponseBytes = options.MaxResponseBytes;
        throwOnNoMatchingData = options.ThrowOnNoMatchingData;
        retry.MaxRetries = options.Retry.MaxRetries;
        retry.BaseDelay = options.Retry.BaseDelay;
        retry.MaxDelay = options.Retry.MaxDelay;
        retry.MaxRetryAfter = options.Retry.MaxRetryAfter;
        retry.WaitWhenBanned = options.Retry.WaitWhenBanned;
        rateLimit.Enabled = options.RateLimit.Enabled;
        rateLimit.PermitLimit = options.RateLimit.PermitLimit;
        rateLimit.Window = options.RateLimit.Window;
        rateLimit.Burst = options.RateLimit.Burst;
        rateLimit.QueueLimit = options.RateLimit.QueueLimit;
        rateLimit.SharedBudget = options.RateLimit.SharedBudget;
        redactor = new Redactor(credential);
        log = new TransparencyLog((options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<TransparencyClient>(), redactor);
        metrics = new TransparencyMetrics(options.MeterFactory);
        errors = new ErrorMapper(redactor, baseAddress, time);
        pipeline = BuildPipeline();
    }

    private TransparencyClient(SecurityTokenCredential credential, TransparencyClientOptions options, HttpClient owned)
        : this(credential, options, () => owned)
    {
        ownedHttpClient = owned;
    }

    /// <summary>
    /// Sends a raw query and returns the document with its kind. "No matching data" comes back as an empty
    /// response (<see cref="TransparencyResponse.IsEmpty"/>) unless the caller asks for an exception.
    /// </summary>
    /// <param name="query">The query; its parameters use the platform's names and codes.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call is never retried.</param>
    /// <returns>The response document.</returns>
    /// <exception cref="TransparencyException">The platform refused the query or could not be reached; the subtype says why.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<TransparencyResponse> QueryAsync(TransparencyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var uri = new Uri(baseAddress.AbsoluteUri + "?" + query.BuildQueryString());
        WarnOnceAboutTokenShape();
        var state = new CallState(uri, redactor.Describe(HttpMethod.Get, uri), time.GetTimestamp(), cancellationToken);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, state);
        AttemptResult result;
        try
        {
            result = await pipeline.ExecuteAsync(static (ctx, self) => self.SendAttemptAsync(ctx), context, this).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var total = time.GetElapsedTime(state.StartTimestamp) >= totalTimeout;
            // Out of time while waiting to retry an HTTP error: that error is the news, not the clock.
            throw Fail(total && state.LastResult is { IsSuccess: false } last
                ? errors.FromResponse(last, state, credential.Current.Version)
                : errors.Timeout(state, total ? totalTimeout : attemptTimeout, total, ex));
        }
        catch (TokenBannedException ex)
        {
            throw Fail(errors.BannedBeforeSending(state, ex.BannedUntil, retry.WaitWhenBanned));
        }
        catch (RateLimiterRejectedException)
        {
            throw Fail(errors.QueueFull(state));
        }
        catch (BodyTooLargeException)
        {
            throw Fail(errors.TooLargeBody(state, maxResponseBytes));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException or OperationCanceledException)
        {
            throw Fail(errors.Network(state, ex));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        return Complete(result, state, query.ThrowOnNoMatchingData ?? throwOnNoMatchingData);
    }

    /// <summary>
    /// Sends a query over any period, as the platform allows it: one request per chunk of the data item's longest
    /// span (<see cref="QuerySpanTable"/>; one year for most), a chunk refused as too large split until it fits, and
    /// for paged items (<see cref="OffsetPagingPlan"/>) every <c>offset</c> page until a short or empty one. Each request
    /// goes through <see cref="QueryAsync"/>, with its retries and the shared rate limit.
    /// </summary>
    /// <param name="query">The query; <see cref="TransparencyQuery.PeriodStart"/> and <see cref="TransparencyQuery.PeriodEnd"/> are required. Set an <c>offset</c> parameter to page by hand.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The non-empty responses in time order (pages in offset order). A chunk with no matching data yields nothing.</returns>
    /// <exception cref="ArgumentException">The query has no period.</exception>
    /// <exception cref="TransparencyNoMatchingDataException">No request found data and the query or the options ask for an exception.</exception>
    /// <exception cref="TransparencyBisectLimitException">A chunk is still too large at the shortest period allowed, or halving it did not reduce its count; narrow the query.</exception>
    /// <exception cref="TransparencyOffsetLimitException">The last page the platform serves (offset 4800) was full, so more data exists than paging can reach.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    public virtual IAsyncEnumerable<TransparencyResponse> QueryAllAsync(TransparencyQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PeriodStart is null || query.PeriodEnd is null)
        {
            throw new ArgumentException("QueryAllAsync splits the query's period: set PeriodStart and PeriodEnd.", nameof(query));
        }

        // Checks the period here (end after start, whole minutes) rather than at the first MoveNextAsync.
        _ = QuerySplitter.Split(query.PeriodStart.Value, query.PeriodEnd.Value, QuerySpanTable.GetMaximumSpan(query));

        return LargeQueryRunner.RunAsync(QueryAsync, query, query.ThrowOnNoMatchingData ?? throwOnNoMatchingData, cancellationToken);
    }

    /// <summary>Releases the connections this client opened itself (none when it came from dependency injection).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Describes the client: base address and token placement, never the token.</summary>
    public override string ToString() => $"TransparencyClient({baseAddress}, token in {placement})";

    /// <summary>Releases the connections this client opened itself.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            ownedHttpClient?.Dispose();
        }
    }

    internal static HttpMessageHandler CreateTransport(SecurityTokenCredential credential, TokenPlacement placement) =>
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

    private static HttpClient CreateOwnedHttpClient(SecurityTokenCredential credential, TransparencyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        return new HttpClient(CreateTransport(credential, options.TokenPlacement), disposeHandler: true)
        {
            // Timeouts belong to the resilience pipeline, which knows attempts from the caller's budget.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    private ResiliencePipeline<AttemptResult> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = time };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = totalTimeout, Name = "TotalTimeout" });
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                Name = "Retry",
                MaxRetryAttempts = retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(StateKey, null!).PendingDelay),
                OnRetry = args =>
                {
                    OnRetry(args.Outcome, args.Context, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (rateLimit.Enabled)
        {
            builder.AddRateLimiter(new RateLimiterStrategyOptions
            {
                Name = "RateLimiter",
                RateLimiter = async args =>
                {
                    // Looked up per attempt: after a token update the new token has its own budget at the platform.
                    var limiter = SharedRateLimiters.For(credential.Current.Value, rateLimit, time);
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    var banWait = retry.WaitWhenBanned ? totalTimeout - time.GetElapsedTime(state.StartTimestamp) : TimeSpan.Zero;
                    var lease = await limiter.AcquireAsync(banWait, args.Context.CancellationToken).ConfigureAwait(false);

                    // The slot stays held until the attempt ends: SendAttemptAsync completes it at the response headers,
                    // and this strategy disposes it after a failure, time-out or cancellation.
                    state.Slot = lease as ArrivalSlotLease;
                    return lease;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = attemptTimeout, Name = "AttemptTimeout" });
        return builder.Build();
    }

    private bool ShouldRetry(Outcome<AttemptResult> outcome, ResilienceContext context)
    {
        var state = context.Properties.GetValue(StateKey, null!);
        state.PendingDelay = null;
        state.PendingBan = null;
        state.NotRetriedBecause = null;
        if (state.CallerToken.IsCancellationRequested || context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            return exception is TimeoutRejectedException or HttpRequestException or IOException;
        }

        var result = outcome.Result!;
        var status = result.StatusCode;
        if (status == 429)
        {
            var bannedUntil = BodyNotices.BannedUntil(BodyText(result.Body));
            if (bannedUntil is { } until)
            {
                if (!retry.WaitWhenBanned)
                {
                    state.NotRetriedBecause = "Waiting out bans is off (TransparencyRetryOptions.WaitWhenBanned).";
                    return false;
                }

                // A second past the announced end, so the retry cannot land on the ban's last tick.
                var wait = until - time.GetUtcNow() + TimeSpan.FromSeconds(1);
                wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
                return Schedule(state, wait, until);
            }

            return Schedule(state, RetryAfterDelay(result), null);
        }

        if (status is 408 or 500 or 502 or 503 or 504 or (>= 507 and < 600))
        {
            return Schedule(state, RetryAfterDelay(result), null);
        }

        return false;
    }

    // Every other request for the banned token pauses too, in this client and every other one in the process, whether
    // or not this call waits: each one waits or fails fast by its own options. One second past the announced end, as
    // the banned call's own retry.
    private void PauseLimiterDuringBan(AttemptResult result, DateTimeOffset until)
    {
        var snapshot = credential.Current;
        if (rateLimit.Enabled && snapshot.Version == result.TokenVersion)
        {
            var wait = until - time.GetUtcNow() + TimeSpan.FromSeconds(1);
            SharedRateLimiters.For(snapshot.Value, rateLimit, time).Pause(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, until);
        }
    }

    private bool Schedule(CallState state, TimeSpan? delay, DateTimeOffset? ban)
    {
        var remaining = totalTimeout - time.GetElapsedTime(state.StartTimestamp);
        if (delay is { } wait && wait >= remaining)
        {
            state.NotRetriedBecause = $"Waiting {wait.TotalSeconds:0.#} s would exceed the time left of the total timeout ({Math.Max(0, remaining.TotalSeconds):0.#} s, TransparencyClientOptions.TotalTimeout).";
            return false;
        }

        state.PendingDelay = delay;
        state.PendingBan = ban;
        return true;
    }

    private TimeSpan? RetryAfterDelay(AttemptResult result)
    {
        if (errors.RetryAt(result) is not { } at)
        {
            return null;
        }

        var delay = at - time.GetUtcNow();
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        // Retry-After is honoured but clamped: a server asking for an hour must not stall a caller for an hour.
        return delay > retry.MaxRetryAfter ? retry.MaxRetryAfter : delay;
    }

    private void OnRetry(Outcome<AttemptResult> outcome, ResilienceContext context, int attempt, TimeSpan delay)
    {
        var state = context.Properties.GetValue(StateKey, null!);
        var reason = outcome.Exception is { } ex
            ? ex is TimeoutRejectedException ? "attempt timeout" : ex.GetType().Name
            : "HTTP " + outcome.Result!.StatusCode;
        metrics.RetryScheduled(outcome.Exception is TimeoutRejectedException ? "timeout" : outcome.Exception is not null ? "network" : outcome.Result!.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (state.PendingBan is { } until)
        {
            log.BanWait(state.Description, until, delay);
        }

        log.RetryScheduled(state.Description, attempt, reason, delay);
    }

    private async ValueTask<AttemptResult> SendAttemptAsync(ResilienceContext context)
    {
        var state = context.Properties.GetValue(StateKey, null!);
        state.Attempts++;
        log.AttemptStarting(state.Description, state.Attempts, placement);
        using var request = new HttpRequestMessage(HttpMethod.Get, state.Uri);
        request.Headers.TryAddWithoutValidation("Accept", HttpClientDefaultAccept);
        try
        {
            using var response = await httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.CancellationToken).ConfigureAwait(false);

            // The request has reached the platform by now: its window starts here, not after the body.
            state.Slot?.Complete();
            var body = await ReadBodyAsync(response.Content, context.CancellationToken).ConfigureAwait(false);
            var version = request.Options.TryGetValue(SecurityTokenHandler.TokenVersionKey, out var v) ? v : 0;
            var result = new AttemptResult((int)response.StatusCode, body, response.Headers.RetryAfter, version);
            metrics.AttemptCompleted(result.StatusCode);
            if (result.StatusCode == 429)
            {
                metrics.RateLimited();
                if (BodyNotices.BannedUntil(BodyText(body)) is { } bannedUntil)
                {
                    metrics.Banned();
                    PauseLimiterDuringBan(result, bannedUntil);
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

    private async Task<byte[]> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } length && length > maxResponseBytes)
        {
            throw new BodyTooLargeException();
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream(content.Headers.ContentLength is { } known ? (int)Math.Min(known, 1 << 20) : 16 * 1024);
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > maxResponseBytes)
                    {
                        throw new BodyTooLargeException();
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            // The exact-length buffer of a body whose length was announced is handed over without a copy.
            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
    }

    private TransparencyResponse Complete(AttemptResult result, CallState state, bool throwOnEmpty)
    {
        var elapsed = time.GetElapsedTime(state.StartTimestamp);
        if (!result.IsSuccess)
        {
            throw Fail(errors.FromResponse(result, state, credential.Current.Version));
        }

        if (DocumentInspector.IsZip(result.Body))
        {
            log.RequestCompleted(state.Description, result.StatusCode, TransparencyContentKind.Zip, state.Attempts, result.Body.Length, elapsed);
            return new TransparencyResponse(result.StatusCode, TransparencyContentKind.Zip, null, null, result.Body) { Redactor = redactor };
        }

        var (root, reason) = DocumentInspector.Inspect(result.Body);
        if (reason is not null)
        {
            reason = reason with { Text = redactor.Redact(reason.Text) };
            if (!BodyNotices.IsNoMatchingData(reason))
            {
                throw Fail(errors.FromAcknowledgement(result, reason, state));
            }

            if (throwOnEmpty)
            {
                throw Fail(errors.NoMatchingData(result, reason, state));
            }

            log.NoMatchingData(state.Description);
            return new TransparencyResponse(result.StatusCode, TransparencyContentKind.NoMatchingData, root, reason, result.Body) { Redactor = redactor };
        }

        var kind = root is null ? TransparencyContentKind.Other : TransparencyContentKind.Xml;
        log.RequestCompleted(state.Description, result.StatusCode, kind, state.Attempts, result.Body.Length, elapsed);
        return new TransparencyResponse(result.StatusCode, kind, root, null, result.Body) { Redactor = redactor };
    }

    private TransparencyException Fail(TransparencyException exception)
    {
        log.RequestFailed(exception.RequestDescription ?? string.Empty, exception.Attempts, exception.Message);
        return exception;
    }

    private void WarnOnceAboutTokenShape()
    {
        var snapshot = credential.Current;
        var seen = Volatile.Read(ref shapeCheckedVersion);
        if (seen != snapshot.Version && Interlocked.CompareExchange(ref shapeCheckedVersion, snapshot.Version, seen) == seen && !snapshot.HasKnownShape)
        {
            log.TokenShapeUnexpected();
        }
    }

    private static string BodyText(byte[] body) => Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 4096));

    /// <summary>Signals a body beyond <see cref="TransparencyClientOptions.MaxResponseBytes"/>; never retried.</summary>
    private sealed class BodyTooLargeException : Exception
    {
        public BodyTooLargeException()
            : base("The response body is too large.")
        {
        }

        public BodyTooLargeException(string message)
            : base(message)
        {
        }

        public BodyTooLargeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
