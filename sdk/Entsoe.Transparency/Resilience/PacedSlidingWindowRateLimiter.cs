using System.Threading.RateLimiting;

namespace Entsoe.Transparency;

/// <summary>
/// A rate limiter that can be proven never to grant more than <c>permitLimit</c> permits in any window of
/// length <c>window</c>, driven entirely by a <see cref="TimeProvider"/>.
/// Two rules, both checked before every grant:
/// <list type="number">
/// <item>Sliding log: the times of the last <c>permitLimit</c> grants are kept; a new grant needs the oldest of
/// them to be more than one window old. So any <c>permitLimit + 1</c> grants span more than a window.</item>
/// <item>Pacing (GCRA, the generic cell rate algorithm of ITU-T I.371): grants are spaced by
/// <c>window / permitLimit</c>, with up to <c>burst</c> back to back, so a queue drains evenly instead of in
/// bursts at each window's start.</item>
/// </list>
/// Waiters are served first in, first out. Only single permits are handed out.
/// </summary>
internal sealed class PacedSlidingWindowRateLimiter : RateLimiter
{
    /// <summary>Lease metadata: the limiter's clock (elapsed since creation) when the permit was granted.</summary>
    internal const string GrantedAtMetadataName = "GRANTED_AT";

    private static readonly RateLimitLease Failed = new Lease(false, null, null);

    private readonly TimeProvider time;
    private readonly long origin;
    private readonly int permitLimit;
    private readonly long windowTicks;
    private readonly long emissionTicks;
    private readonly long burstToleranceTicks;
    private readonly int queueLimit;
    private readonly long[] grants;
    private readonly LinkedList<Waiter> queue = new();
    private readonly Lock gate = new();
    private readonly ITimer timer;
    private int grantCount;
    private int oldest;
    private long theoreticalArrival;
    private long lastGrant;
    private long pausedUntil;
    private long successful;
    private long failed;
    private bool disposed;

    public PacedSlidingWindowRateLimiter(int permitLimit, TimeSpan window, int burst, int queueLimit, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitLimit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.permitLimit = permitLimit;
        this.queueLimit = queueLimit;
        windowTicks = window.Ticks;
        emissionTicks = Math.Max(1, window.Ticks / permitLimit);
        burstToleranceTicks = (Math.Min(burst, permitLimit) - 1) * emissionTicks;
        grants = new long[permitLimit];
        time = timeProvider;
        origin = timeProvider.GetTimestamp();
        timer = timeProvider.CreateTimer(static state => ((PacedSlidingWindowRateLimiter)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        theoreticalArrival = 0;
        lastGrant = -1;
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return queue.Count > 0 ? null : TimeSpan.FromTicks(Now() - Math.Max(lastGrant, 0));
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            var now = Now();
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = queue.Count == 0 && EarliestGrant() <= now ? 1 : 0,
                CurrentQueuedCount = queue.Count,
                TotalSuccessfulLeases = successful,
                TotalFailedLeases = failed,
            };
        }
    }

    /// <summary>
    /// Holds every permit until <paramref name="duration"/> from now has passed, for instance while the platform
    /// bans the token: requests queued meanwhile would only prolong the ban.
    /// </summary>
    public void Pause(TimeSpan duration)
    {
        lock (gate)
        {
            var now = Now();
            pausedUntil = Math.Max(pausedUntil, now + Math.Max(0, duration.Ticks));
            ScheduleTimer(now);
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckPermitCount(permitCount);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var now = Now();
            if (queue.Count == 0 && EarliestGrant() <= now)
            {
                return permitCount == 0 ? new Lease(true, null, null) : Grant(now);
            }

            failed++;
            return new Lease(false, TimeSpan.FromTicks(Math.Max(0, EarliestGrant() - now)), null);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckPermitCount(permitCount);
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<RateLimitLease>(cancellationToken);
        }

        Waiter waiter;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var now = Now();
            if (queue.Count == 0 && EarliestGrant() <= now)
            {
                return ValueTask.FromResult<RateLimitLease>(permitCount == 0 ? new Lease(true, null, null) : Grant(now));
            }

            if (queue.Count >= queueLimit)
            {
                failed++;
                return ValueTask.FromResult(Failed);
            }

            waiter = new Waiter(permitCount);
            waiter.Node = queue.AddLast(waiter);
            ScheduleTimer(now);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Registration = cancellationToken.Register(static state =>
            {
                var (limiter, w, token) = ((PacedSlidingWindowRateLimiter, Waiter, CancellationToken))state!;
                limiter.Cancel(w, token);
            }, (this, waiter, cancellationToken));
        }

        return new ValueTask<RateLimitLease>(waiter.Completion.Task);
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        List<Waiter> pending;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            pending = [.. queue];
            queue.Clear();
        }

        timer.Dispose();
        foreach (var waiter in pending)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(Failed);
        }
    }

    private static void CheckPermitCount(int permitCount)
    {
        if (permitCount is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "This limiter hands out one permit per request.");
        }
    }

    private long Now() => time.GetElapsedTime(origin).Ticks;

    // Earliest instant (limiter clock) at which both rules allow the next grant.
    private long EarliestGrant()
    {
        var earliest = Math.Max(theoreticalArrival - burstToleranceTicks, pausedUntil);
        if (grantCount == permitLimit)
        {
            // Strictly more than a window after the grant permitLimit back: no closed window can hold permitLimit + 1.
            earliest = Math.Max(earliest, grants[oldest] + windowTicks + 1);
        }

        return earliest;
    }

    private Lease Grant(long now)
    {
        theoreticalArrival = Math.Max(theoreticalArrival, now) + emissionTicks;
        if (grantCount < permitLimit)
        {
            grants[(oldest + grantCount) % permitLimit] = now;
            grantCount++;
        }
        else
        {
            grants[oldest] = now;
            oldest = (oldest + 1) % permitLimit;
        }

        lastGrant = now;
        successful++;
        return new Lease(true, null, TimeSpan.FromTicks(now));
    }

    private void ScheduleTimer(long now)
    {
        if (queue.Count > 0)
        {
            timer.Change(TimeSpan.FromTicks(Math.Max(0, EarliestGrant() - now)), Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        List<(Waiter Waiter, RateLimitLease Lease)>? ready = null;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            var now = Now();
            while (queue.First is { } node && EarliestGrant() <= now)
            {
                queue.RemoveFirst();
                node.Value.Node = null;
                var lease = node.Value.PermitCount == 0 ? new Lease(true, null, null) : Grant(now);
                (ready ??= []).Add((node.Value, lease));
            }

            ScheduleTimer(now);
        }

        if (ready is null)
        {
            return;
        }

        foreach (var (waiter, lease) in ready)
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetResult(lease);
        }
    }

    private void Cancel(Waiter waiter, CancellationToken token)
    {
        lock (gate)
        {
            if (waiter.Node is null)
            {
                return;
            }

            queue.Remove(waiter.Node);
            waiter.Node = null;
            ScheduleTimer(Now());
        }

        waiter.Completion.TrySetCanceled(token);
    }

    private sealed class Waiter(int permitCount)
    {
        public int PermitCount { get; } = permitCount;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter, TimeSpan? grantedAt) : RateLimitLease
    {
        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames
        {
            get
            {
                if (retryAfter is not null)
                {
                    yield return MetadataName.RetryAfter.Name;
                }

                if (grantedAt is not null)
                {
                    yield return GrantedAtMetadataName;
                }
            }
        }

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            if (grantedAt is { } at && metadataName == GrantedAtMetadataName)
            {
                metadata = at;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
