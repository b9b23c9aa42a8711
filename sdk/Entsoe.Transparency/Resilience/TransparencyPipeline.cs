using System.Globalization;
using System.Runtime.CompilerServices;
using Polly;
using Polly.RateLimiting;
using Polly.Retry;
using Polly.Timeout;

namespace Entsoe.Transparency;

/// <summary>
/// The Polly pipeline every call goes through, outermost first: total timeout, retry, the process-wide rate limiter of
/// the token (one slot per attempt, held until the attempt ends), attempt timeout. It decides what is retried and how
/// long to wait (backoff with jitter, <c>Retry-After</c> clamped, bans waited out within the total timeout); the
/// attempt itself is the <see cref="AttemptSender"/>'s.
/// </summary>
internal sealed class TransparencyPipeline
{
    private static readonly ResiliencePropertyKey<CallState> StateKey = new("Entsoe.Transparency.CallState");

    private readonly SecurityTokenCredential credential;
    private readonly TransparencyRetryOptions retry;
    private readonly TransparencyRateLimitOptions rateLimit;
    private readonly TimeSpan totalTimeout;
    private readonly TimeSpan attemptTimeout;
    private readonly ErrorMapper errors;
    private readonly TransparencyLog log;
    private readonly TransparencyMetrics metrics;
    private readonly TimeProvider time;
    private readonly ResiliencePipeline<AttemptResult> pipeline;
    private BudgetKey? budgetKey;

    /// <summary>Builds the pipeline; <paramref name="retry"/> and <paramref name="rateLimit"/> are the client's own copies.</summary>
    public TransparencyPipeline(
        SecurityTokenCredential credential,
        TransparencyRetryOptions retry,
        TransparencyRateLimitOptions rateLimit,
        TimeSpan totalTimeout,
        TimeSpan attemptTimeout,
        ErrorMapper errors,
        TransparencyLog log,
        TransparencyMetrics metrics,
        TimeProvider time)
    {
        this.credential = credential;
        this.retry = retry;
        this.rateLimit = rateLimit;
        this.totalTimeout = totalTimeout;
        this.attemptTimeout = attemptTimeout;
        this.errors = errors;
        this.log = log;
        this.metrics = metrics;
        this.time = time;
        pipeline = Build();
    }

    /// <summary>Runs the attempts of one call until one is final or the pipeline gives up.</summary>
    /// <exception cref="TimeoutRejectedException">The total or an attempt's timeout elapsed.</exception>
    /// <exception cref="TokenBannedException">The token is banned and the ban is not waited out.</exception>
    /// <exception cref="RateLimiterRejectedException">The rate limiter's queue is full.</exception>
    // Pooled: a call that really waits on the network would otherwise allocate this method's state machine each time.
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<AttemptResult> ExecuteAsync(CallState state, AttemptSender sender)
    {
        var context = ResilienceContextPool.Shared.Get(state.CallerToken);
        context.Properties.Set(StateKey, state);
        try
        {
            return await pipeline.ExecuteAsync(
                static (ctx, sender) => sender.SendAsync(ctx.Properties.GetValue(StateKey, null!), ctx.CancellationToken),
                context,
                sender).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Every other request for the banned token pauses too, in this client and every other one in the process, whether
    // or not this call waits: each one waits or fails fast by its own options. One second past the announced end, as
    // the banned call's own retry.
    public void PauseLimiterDuringBan(AttemptResult result, DateTimeOffset until)
    {
        var snapshot = credential.Current;
        if (rateLimit.Enabled && snapshot.Version == result.TokenVersion)
        {
            var wait = until - time.GetUtcNow() + TimeSpan.FromSeconds(1);
            Budget(snapshot).Pause(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, until);
        }
    }

    private ResiliencePipeline<AttemptResult> Build()
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
                    var limiter = Budget(credential.Current);
                    var state = args.Context.Properties.GetValue(StateKey, null!);
                    var banWait = retry.WaitWhenBanned ? totalTimeout - time.GetElapsedTime(state.StartTimestamp) : TimeSpan.Zero;
                    var lease = await limiter.AcquireAsync(banWait, args.Context.CancellationToken).ConfigureAwait(false);

                    // The slot stays held until the attempt ends: the AttemptSender completes it at the response
                    // headers, and this strategy disposes it after a failure, time-out or cancellation.
                    state.Slot = lease as ArrivalSlotLease;
                    return lease;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = attemptTimeout, Name = "AttemptTimeout" });
        return builder.Build();
    }

    // The token's key is a SHA-256 digest: computed once per token value, not once per attempt.
    private ITransparencyRateBudget Budget(TokenSnapshot snapshot)
    {
        var cached = Volatile.Read(ref budgetKey);
        if (cached is null || !ReferenceEquals(cached.Snapshot, snapshot))
        {
            cached = new BudgetKey(snapshot, SharedRateLimiters.KeyOf(snapshot.Value));
            Volatile.Write(ref budgetKey, cached);
        }

        return SharedRateLimiters.ForKey(cached.Key, rateLimit, time);
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
            if (result.BannedUntil() is { } until)
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
        metrics.RetryScheduled(outcome.Exception is TimeoutRejectedException ? "timeout" : outcome.Exception is not null ? "network" : outcome.Result!.StatusCode.ToString(CultureInfo.InvariantCulture));
        if (state.PendingBan is { } until)
        {
            log.BanWait(state, until, delay);
        }

        log.RetryScheduled(state, attempt, reason, delay);
    }

    private sealed record BudgetKey(TokenSnapshot Snapshot, string Key);
}
