using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Entsoe.Transparency.Redis;

/// <summary>
/// A rate budget on Redis shared by every process that uses the same token (and, with
/// <see cref="RedisRateBudgetOptions.EgressScope"/>, by every process behind one IP address): never more than the
/// client's <see cref="TransparencyRateLimitOptions.PermitLimit"/> arrivals at the platform in any window across the
/// fleet, retries included, paced evenly; a ban seen by one process holds all of them. Set it as
/// <see cref="TransparencyRateLimitOptions.SharedBudget"/>, or with <c>.UseRedisRateBudget(...)</c>. Thread-safe;
/// create one per process and dispose it when done.
/// </summary>
/// <remarks>
/// Why not a ready-made Redis rate limiter: a sliding log of grant times (RedisRateLimiting's sliding window, for
/// one) lets <c>limit + 1</c> requests <em>arrive</em> in one window when an early request arrives late, and it has
/// no notion of an attempt in flight; the SDK's rule (<see cref="ArrivalSlotLease"/>) needs both, so this budget runs
/// that rule in one Lua script of its own.
/// </remarks>
public sealed class RedisRateBudget : ITransparencyRateBudgetProvider, IDisposable, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RedisTokenBudget> budgets = new(StringComparer.Ordinal);
    private readonly ConfigurationOptions? configuration;
    private readonly IConnectionMultiplexer? external;
    private readonly Lock connectGate = new();
    private readonly Lock egressGate = new();
    private readonly SecretScrubber scrubber;
    private readonly RedisBudgetLog log;
    private readonly RedisBudgetMetrics metrics;
    private readonly TimeProvider time;
    private readonly string endpoint;
    private readonly string? egressScope;
    private readonly string keyPrefix;
    private readonly bool failClosed;
    private readonly TimeSpan operationTimeout;
    private readonly TimeSpan connectTimeout;
    private readonly long inFlightMicros;
    private readonly string leasePrefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ":";
    private Task<ConnectionMultiplexer>? connecting;

    // The egress scope's limiter of this process alone: what keeps the scope's limit while Redis does not answer. Never
    // disposed, like the SDK's limiter of each token: a request still running when this budget is disposed keeps the
    // scope's limit (as it falls back) instead of failing on a disposed limiter.
    private ITransparencyRateBudget? egressLocal;
    private long leases;
    private bool disposed;
    // When Redis first answered (a timestamp of `time`), 0 before: the warm-up of CallTimeout is counted from it.
    private long firstAnswer;

    /// <summary>Creates the budget and starts connecting to Redis.</summary>
    /// <param name="options">The settings, validated here.</param>
    /// <exception cref="ArgumentException">A setting is out of range, or the configuration string does not parse (its text is not repeated).</exception>
    public RedisRateBudget(RedisRateBudgetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        external = options.Connection;
        egressScope = options.EgressScope;
        keyPrefix = options.KeyPrefix;
        failClosed = options.WhenUnavailable == RedisUnavailableBehavior.FailClosed;
        operationTimeout = options.OperationTimeout;
        connectTimeout = options.ConnectTimeout;
        inFlightMicros = options.InFlightTimeout.Ticks / TimeSpan.TicksPerMicrosecond;
        time = options.TimeProvider ?? TimeProvider.System;
        log = new RedisBudgetLog((options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<RedisRateBudget>());
        metrics = new RedisBudgetMetrics(options.MeterFactory);
        if (external is null)
        {
            configuration = Parse(options.Configuration!);
            configuration.AbortOnConnectFail = false;
            configuration.ConnectTimeout = (int)connectTimeout.TotalMilliseconds;
            // The driver's own limit is the longest a call may take (the warm-up's, see CallTimeout); each call's own is
            // enforced here, and a time-out of the driver would name the driver's limit, not the one that applied.
            configuration.AsyncTimeout = Math.Max(1, (int)Math.Max(operationTimeout.TotalMilliseconds, connectTimeout.TotalMilliseconds));
            configuration.SyncTimeout = configuration.AsyncTimeout;

            // While disconnected, a command fails at once instead of queueing: the fallback is then immediate.
            configuration.BacklogPolicy = BacklogPolicy.FailFast;
            scrubber = new SecretScrubber(configuration.Password);
            endpoint = string.Join(",", configuration.EndPoints.Select(EndPointText));
            StartConnecting();
        }
        else
        {
            scrubber = new SecretScrubber(null);
            endpoint = string.Join(",", external.GetEndPoints().Select(EndPointText));
        }

        Availability = new RedisAvailability(
            options.ProbeInterval,
            time,
            error => OnOutage(error, options.ProbeInterval),
            outage => log.Recovered(endpoint, Math.Round(outage.TotalSeconds, 1)));
    }

    internal RedisAvailability Availability { get; }

    /// <inheritdoc/>
    public ITransparencyRateBudget GetBudget(string tokenDigest, TransparencyRateLimitOptions limits, TimeProvider timeProvider, ITransparencyRateBudget local)
    {
        ArgumentNullException.ThrowIfNull(tokenDigest);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(local);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (budgets.TryGetValue(tokenDigest, out var existing))
        {
            return existing;
        }

        // As the local limiter: the first client to use a token fixes its budget's settings.
        var created = new RedisTokenBudget(this, new BudgetKeys(keyPrefix, tokenDigest, egressScope), ScopeLimits.From(limits), timeProvider, local, EgressLocal(limits, timeProvider));
        return budgets.GetOrAdd(tokenDigest, created);
    }

    // Created with the first token's limits, as the shared scope's are. Its queue is not limited here: only attempts that
    // hold a token's permit wait in it, and each token's own queue limit bounds those.
    private ITransparencyRateBudget? EgressLocal(TransparencyRateLimitOptions limits, TimeProvider timeProvider)
    {
        if (egressScope is null)
        {
            return null;
        }

        lock (egressGate)
        {
            return egressLocal ??= TransparencyRateBudgets.CreateLocal(
                new TransparencyRateLimitOptions { PermitLimit = limits.PermitLimit, Window = limits.Window, Burst = limits.Burst, QueueLimit = int.MaxValue },
                timeProvider);
        }
    }

    /// <summary>Closes the connection the budget opened (not one given in <see cref="RedisRateBudgetOptions.Connection"/>).</summary>
    public void Dispose()
    {
        disposed = true;
        if (Interlocked.Exchange(ref connecting, null) is { } task)
        {
            _ = CloseAsync(task);
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Describes the budget: endpoints and scopes, never the password.</summary>
    public override string ToString() => $"RedisRateBudget({endpoint}, egress {egressScope ?? "none"}, {(failClosed ? "fail closed" : "fall back to local")})";

    internal string NewLeaseId() => leasePrefix + Interlocked.Increment(ref leases).ToString(CultureInfo.InvariantCulture);

    internal async Task<AcquireOutcome> AcquireAsync(BudgetKeys keys, string leaseId, ScopeLimits limits, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        var outcome = await Within(BudgetScripts.AcquireAsync(database, keys, leaseId, limits, inFlightMicros, KeyLifetimeMs(limits)), cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref firstAnswer) == 0)
        {
            Interlocked.CompareExchange(ref firstAnswer, Math.Max(1, time.GetTimestamp()), 0);
        }

        return outcome;
    }

    /// <summary>Records an attempt's end without holding up the response; a failure only marks Redis unavailable (the lease's deadline ends it).</summary>
    internal void EndInBackground(BudgetKeys keys, string leaseId) =>
        _ = RunInBackgroundAsync(database => BudgetScripts.EndAsync(database, keys, leaseId, KeyLifetimeMs(null)));

    internal void PauseInBackground(BudgetKeys keys, TimeSpan duration, DateTimeOffset until) =>
        _ = RunInBackgroundAsync(database => BudgetScripts.PauseAsync(database, keys, Math.Max(0, duration.Ticks / TimeSpan.TicksPerMicrosecond), until.ToUnixTimeMilliseconds()));

    /// <summary>What a request does when Redis did not answer: null (the local permit alone) or an exception (fail closed).</summary>
    internal (string, TimeSpan)? Unavailable(Exception? error)
    {
        if (error is not null)
        {
            Availability.Failed(Describe(error));
        }

        if (failClosed)
        {
            metrics.Refused();
            throw new TransparencyRateBudgetUnavailableException(
                $"The shared rate budget on Redis ({endpoint}) is unavailable{(error is null ? string.Empty : " (" + Describe(error) + ")")}; the request was not sent (RedisRateBudgetOptions.WhenUnavailable is FailClosed).");
        }

        metrics.Fallback();
        return null;
    }

    // Closed asynchronously: the driver's Dispose blocks its thread until the connection has closed, and a few of those on
    // pool threads starved the Redis replies of every other budget in the process past their time-out.
    private static async Task CloseAsync(Task<ConnectionMultiplexer> connecting)
    {
        try
        {
            var multiplexer = await connecting.ConfigureAwait(false);
            await multiplexer.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
        {
            // Never connected, or already closing: nothing is left open.
        }
    }

    private static string EndPointText(System.Net.EndPoint endPoint) => endPoint switch
    {
        System.Net.DnsEndPoint dns => $"{dns.Host}:{dns.Port}",
        _ => endPoint.ToString() ?? "?",
    };

    private static ConfigurationOptions Parse(string text)
    {
        try
        {
            return ConfigurationOptions.Parse(text);
        }
        catch (ArgumentException)
        {
            // The driver's message may quote the option, and with it a password.
            throw new ArgumentException("RedisRateBudgetOptions.Configuration is not a valid StackExchange.Redis configuration string (its text is not repeated here).");
        }
    }

    private long KeyLifetimeMs(ScopeLimits? limits) =>
        ((inFlightMicros + (limits?.WindowMicros ?? (long)TimeSpan.FromHours(1).TotalMicroseconds)) / 1000) + 60_000;

    // Until Redis has answered, and for ConnectTimeout after it did, a call may take as long as connecting may. A fresh
    // process spends its first seconds compiling its first requests, and the driver reads replies on the same thread pool:
    // on two cores, about one start in ten saw a call that followed the first answer go unread for over 500 ms (once over
    // 2 s). Without this warm-up every process of a fleet started at once could fall back to its own limiter at the same
    // moment, when the shared budget matters most.
    private TimeSpan CallTimeout()
    {
        var answered = Volatile.Read(ref firstAnswer);
        return answered != 0 && time.GetElapsedTime(answered) >= connectTimeout ? operationTimeout : connectTimeout;
    }

    // A time-out's message is this class's own (it names the limit that applied); anything else may quote the driver.
    private string Describe(Exception error) => error is TimeoutException ? error.Message : scrubber.Describe(error);

    private async Task<T> Within<T>(Task<T> call, CancellationToken cancellationToken)
    {
        var limit = CallTimeout();
        try
        {
            return await call.WaitAsync(limit, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (call.IsCompleted)
        {
            // The reply was read in time and only this continuation was late to run: Redis answered.
            return await call.ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no answer within {limit.TotalMilliseconds:0} ms");
        }
    }

    private void OnOutage(string error, TimeSpan probeInterval)
    {
        metrics.Outage();
        log.Unavailable(endpoint, error, failClosed ? "requests fail without being sent" : "each process keeps the limit on its own", probeInterval.TotalSeconds);
    }

    private async Task RunInBackgroundAsync(Func<IDatabaseAsync, Task<RedisResult>> operation)
    {
        try
        {
            var database = await DatabaseAsync(CancellationToken.None).ConfigureAwait(false);
            await Within(operation(database), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException or InvalidOperationException)
        {
            Availability.Failed(Describe(ex));
        }
    }

    private async Task<IDatabaseAsync> DatabaseAsync(CancellationToken cancellationToken)
    {
        if (external is not null)
        {
            return external.GetDatabase();
        }

        var task = StartConnecting();
        ConnectionMultiplexer multiplexer;
        try
        {
            multiplexer = await task.WaitAsync(connectTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no connection within {connectTimeout.TotalMilliseconds:0} ms");
        }

        return multiplexer.GetDatabase();
    }

    private Task<ConnectionMultiplexer> StartConnecting()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        lock (connectGate)
        {
            // With AbortOnConnectFail off the multiplexer reconnects by itself; only a connect that threw is tried anew.
            if (connecting is null || connecting.IsFaulted || connecting.IsCanceled)
            {
                connecting = ConnectionMultiplexer.ConnectAsync(configuration!);
            }

            return connecting;
        }
    }
}
