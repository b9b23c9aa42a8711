using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Entsoe.Transparency;

/// <summary>
/// The client of the Transparency Platform's REST API. Thread-safe: create one per process (or register it with
/// <c>services.AddTransparencyClient(...)</c>) and share it. Each call goes through, outermost first: total timeout,
/// retry, the process-wide rate limiter of its token (one slot per attempt, since the platform counts attempts, held
/// until the attempt ends), attempt timeout. The token is added last, by the transport's own handler, and never appears in a log line, an
/// exception or a <c>ToString()</c>.
/// </summary>
/// <remarks>
/// This file holds construction, the raw queries and disposal; the typed data items are in <c>Queries/</c> (one file
/// per domain), the pipeline in <c>Resilience/</c>, the HTTP attempt in <c>Http/</c>.
/// </remarks>
public partial class TransparencyClient : IDisposable
{
    private readonly HttpClient? ownedHttpClient;
    private readonly SecurityTokenCredential credential = null!;
    private readonly Redactor redactor = null!;
    private readonly ErrorMapper errors = null!;
    private readonly TransparencyPipeline pipeline = null!;
    private readonly AttemptSender sender = null!;
    private readonly ResponseMapper responses = null!;
    private readonly TokenShapeWarning tokenShape = null!;
    private readonly TimeProvider time = null!;
    private readonly Uri baseAddress = null!;
    private readonly TokenPlacement placement;
    private readonly TimeSpan attemptTimeout;
    private readonly TimeSpan totalTimeout;
    private readonly long maxResponseBytes;
    private readonly bool throwOnNoMatchingData;
    private readonly bool waitWhenBanned;

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
        : this(credential, options, TransparencyTransport.CreateHttpClient(credential, options))
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
        time = options.TimeProvider ?? TimeProvider.System;
        baseAddress = options.BaseAddress;
        placement = options.TokenPlacement;
        attemptTimeout = options.AttemptTimeout;
        totalTimeout = options.TotalTimeout;
        maxResponseBytes = options.MaxResponseBytes;
        throwOnNoMatchingData = options.ThrowOnNoMatchingData;
        waitWhenBanned = options.Retry.WaitWhenBanned;

        // Copies, so that changing the options after construction changes nothing here.
        var retry = new TransparencyRetryOptions
        {
            MaxRetries = options.Retry.MaxRetries,
            BaseDelay = options.Retry.BaseDelay,
            MaxDelay = options.Retry.MaxDelay,
            MaxRetryAfter = options.Retry.MaxRetryAfter,
            WaitWhenBanned = options.Retry.WaitWhenBanned,
        };
        var rateLimit = new TransparencyRateLimitOptions
        {
            Enabled = options.RateLimit.Enabled,
            PermitLimit = options.RateLimit.PermitLimit,
            Window = options.RateLimit.Window,
            Burst = options.RateLimit.Burst,
            QueueLimit = options.RateLimit.QueueLimit,
            SharedBudget = options.RateLimit.SharedBudget,
        };
        redactor = new Redactor(credential);
        var log = new TransparencyLog((options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<TransparencyClient>(), redactor);
        var metrics = new TransparencyMetrics(options.MeterFactory);
        errors = new ErrorMapper(redactor, baseAddress, time);
        pipeline = new TransparencyPipeline(credential, retry, rateLimit, totalTimeout, attemptTimeout, errors, log, metrics, time);
        sender = new AttemptSender(httpClientFactory, placement, maxResponseBytes, log, metrics, pipeline.PauseLimiterDuringBan);
        responses = new ResponseMapper(errors, redactor, log, credential, time);
        tokenShape = new TokenShapeWarning(credential, log);
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
        tokenShape.CheckOnce();
        var state = new CallState(uri, redactor, time.GetTimestamp(), cancellationToken);
        AttemptResult result;
        try
        {
            result = await pipeline.ExecuteAsync(state, sender).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex) when (!cancellationToken.IsCancellationRequested)
        {
            var total = time.GetElapsedTime(state.StartTimestamp) >= totalTimeout;
            // Out of time while waiting to retry an HTTP error: that error is the news, not the clock.
            throw responses.Fail(total && state.LastResult is { IsSuccess: false } last
                ? errors.FromResponse(last, state, credential.Current.Version)
                : errors.Timeout(state, total ? totalTimeout : attemptTimeout, total, ex));
        }
        catch (TokenBannedException ex)
        {
            throw responses.Fail(errors.BannedBeforeSending(state, ex.BannedUntil, waitWhenBanned));
        }
        catch (RateLimiterRejectedException)
        {
            throw responses.Fail(errors.QueueFull(state));
        }
        catch (ResponseBodyTooLargeException)
        {
            throw responses.Fail(errors.TooLargeBody(state, maxResponseBytes));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException or OperationCanceledException)
        {
            throw responses.Fail(errors.Network(state, ex));
        }

        return responses.Complete(result, state, query.ThrowOnNoMatchingData ?? throwOnNoMatchingData);
    }

    /// <summary>
    /// Sends a query over any period, as the platform allows it: one request per chunk of the data item's longest
    /// span (<see cref="QuerySpanTable"/>; one year for most), a chunk refused as too large split until it fits, and
    /// for paged items (outages by 200 documents, prices and reserves by 100 series) every <c>offset</c> page until a short or empty one. Each request
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
}
