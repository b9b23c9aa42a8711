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
    private long leases;
    private bool disposed;
    private bool answered;

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
            configuration.AsyncTimeout = Math.Max(1, (int)operationTimeout.TotalMilliseconds);
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
        var created = new RedisTokenBudget(this, new BudgetKeys(keyPrefix, tokenDigest, egressScope), ScopeLimits.From(limits), timeProvider, local);
        return budgets.GetOrAdd(tokenDigest, created);
    }

    /// <summary>Closes the connection the budget opened (not one given in <see cref="RedisRateBudgetOptions.Connection"/>).</summary>
    public void Dispose()
    {
        disposed = true;
        if (Interlocked.Exchange(ref connecting, null) is { } task)
        {
            _ = task.ContinueWith(static t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
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
        var outcome = await BudgetScripts.AcquireAsync(database, keys, leaseId, limits, inFlightMicros, KeyLifetimeMs(limits))
            .WaitAsync(CallTimeout(), time, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref answered, true);
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

    // Until Redis has answered once, a call may take as long as connecting may: the first one in a fresh process pays
    // for JIT and the script's first load, and falling back then would let a starting process send on its own.
    private TimeSpan CallTimeout() => Volatile.Read(ref answered) ? operationTimeout : connectTimeout;

    private string Describe(Exception error) => error is TimeoutException
        ? $"no answer within {operationTimeout.TotalMilliseconds:0} ms"
        : scrubber.Describe(error);

    private void OnOutage(string error, TimeSpan probeInterval)
    {
        metrics.Outage();
        log.Unavailable(endpoint, error, failClosed ? "requests fail without being sent" : "each process keeps the limit on its own", probeInterval.TotalSeconds);
    }

    private async Task RunInBackgroundAsync(Func<IDatabaseAsync, Task> operation)
    {
        try
        {
            var database = await DatabaseAsync(CancellationToken.None).ConfigureAwait(false);
            await operation(database).WaitAsync(CallTimeout(), time).ConfigureAwait(false);
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
        var multiplexer = await task.WaitAsync(connectTimeout, time, cancellationToken).ConfigureAwait(false);
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
