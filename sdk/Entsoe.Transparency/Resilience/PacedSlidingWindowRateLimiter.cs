using System.Threading.RateLimiting;

namespace Entsoe.Transparency;

/// <summary>
/// A rate limiter that can be proven never to let more than <c>permitLimit</c> requests <em>arrive</em> in any closed
/// window of length <c>window</c>, wherever between its send and the end of its attempt each request arrives; driven
/// entirely by a <see cref="TimeProvider"/>. Two rules, both checked before every grant:
/// <list type="number">
/// <item>Slots (<see cref="ArrivalSlots"/>): a grant takes one of <c>permitLimit</c> slots, and the slot is given back one
/// window after the attempt ends, which the caller reports by completing or disposing the lease
/// (<see cref="ArrivalSlotLease"/>). A lease that is never disposed keeps its slot for good.</item>
/// <item>Pacing (GCRA, the generic cell rate algorithm of ITU-T I.371): grants are spaced by
/// <c>window / permitLimit</c>, with up to <c>burst</c> back to back, so a queue drains evenly instead of in
/// bursts at each window's start.</item>
/// </list>
/// Waiters are served first in, first out; a waiter that is cancelled leaves the queue having taken nothing. Only
/// single permits are handed out. While the token is banned (<see cref="Pause"/>) nothing is granted.
/// </summary>
internal sealed class PacedSlidingWindowRateLimiter : RateLimiter, ITransparencyRateBudget
{
    /// <summary>Lease metadata: the limiter's clock (elapsed since creation) when the permit was granted.</summary>
    internal const string GrantedAtMetadataName = "GRANTED_AT";

    private static readonly RateLimitLease Failed = new NoSlotLease(false, null);
    private static readonly RateLimitLease Empty = new NoSlotLease(true, null);

    private readonly TimeProvider time;
    private readonly long origin;
    private readonly long emissionTicks;
    private readonly long burstToleranceTicks;
    private readonly int queueLimit;
    private readonly ArrivalSlots slots;
    private readonly LinkedList<Waiter> queue = new();
    private readonly Lock gate = new();
    private readonly ITimer timer;
    private readonly Action endAttempt;
    private long theoreticalArrival;
    private long lastActivity;
    private long pausedUntil;
    private DateTimeOffset bannedUntil;
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
        this.queueLimit = queueLimit;
        emissionTicks = Math.Max(1, window.Ticks / permitLimit);
        burstToleranceTicks = (Math.Min(burst, permitLimit) - 1) * emissionTicks;
        slots = new ArrivalSlots(permitLimit, window.Ticks);
        time = timeProvider;
        origin = timeProvider.GetTimestamp();
        timer = timeProvider.CreateTimer(static state => ((PacedSlidingWindowRateLimiter)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        endAttempt = EndAttempt;
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                return queue.Count > 0 || slots.InFlight > 0 ? null : TimeSpan.FromTicks(Now() - lastActivity);
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
                CurrentAvailablePermits = queue.Count == 0 && EarliestGrant(now) <= now ? 1 : 0,
                CurrentQueuedCount = queue.Count,
                TotalSuccessfulLeases = successful,
                TotalFailedLeases = failed,
            };
        }
    }

    /// <summary>
    /// Holds every permit until <paramref name="duration"/> from now has passed, because the platform banned the token
    /// until <paramref name="until"/>: requests sent meanwhile would only prolong the ban. Waiters that will not wait
    /// that long (see <see cref="AcquireAsync(TimeSpan, CancellationToken)"/>) are refused at once.
    /// </summary>
    public void Pause(TimeSpan duration, DateTimeOffset until)
    {
        List<Waiter>? refused = null;
        lock (gate)
        {
            var now = Now();
            pausedUntil = Math.Max(pausedUntil, Saturate(now, duration));
            bannedUntil = until > bannedUntil ? until : bannedUntil;
            for (var node = queue.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.BanDeadline < pausedUntil)
                {
                    queue.Remove(node);
                    node.Value.Node = null;
                    (refused ??= []).Add(node.Value);
                }

                node = next;
            }

            ScheduleTimer(now);
        }

        foreach (var waiter in refused ?? [])
        {
            waiter.Registration.Dispose();
            waiter.Completion.TrySetException(new TokenBannedException(bannedUntil));
        }
    }

    /// <summary>
    /// Waits for one permit, like <see cref="RateLimiter.AcquireAsync"/>, but waits out a ban only while it ends
    /// within <paramref name="maxBanWait"/> from now.
    /// </summary>
    /// <returns>A lease holding a slot, or a refused lease when the queue is full.</returns>
    /// <exception cref="TokenBannedException">The token is banned for longer than <paramref name="maxBanWait"/>.</exception>
    public ValueTask<RateLimitLease> AcquireAsync(TimeSpan maxBanWait, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<RateLimitLease>(cancellationToken);
        }

        Waiter waiter;
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var now = Now();
            var banDeadline = Saturate(now, maxBanWait);
            if (pausedUntil > now && pausedUntil > banDeadline)
            {
                failed++;
                return ValueTask.FromException<RateLimitLease>(new TokenBannedException(bannedUntil));
            }

            if (queue.Count == 0 && EarliestGrant(now) <= now)
            {
                return ValueTask.FromResult<RateLimitLease>(Grant(now));
            }

            if (queue.Count >= queueLimit)
            {
                failed++;
                return ValueTask.FromResult(Failed);
            }

            waiter = new Waiter(banDeadline);
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

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckPermitCount(permitCount);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var now = Now();
            if (queue.Count == 0 && EarliestGrant(now) <= now)
            {
                return permitCount == 0 ? Empty : Grant(now);
            }

            failed++;
            var earliest = EarliestGrant(now);
            return new NoSlotLease(false, earliest == long.MaxValue ? null : TimeSpan.FromTicks(earliest - now));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckPermitCount(permitCount);
        if (permitCount == 0)
        {
            return cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<RateLimitLease>(cancellationToken) : ValueTask.FromResult(Empty);
        }

        // A caller of the plain API waits out any ban.
        return AcquireAsync(TimeSpan.MaxValue, cancellationToken);
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

    private static long Saturate(long now, TimeSpan span) =>
        span.Ticks <= 0 ? now : span.Ticks >= long.MaxValue - now ? long.MaxValue : now + span.Ticks;

    private long Now() => time.GetElapsedTime(origin).Ticks;

    // Earliest instant (limiter clock) at which every rule allows the next grant; long.MaxValue until an attempt ends.
    private long EarliestGrant(long now) =>
        Math.Max(Math.Max(theoreticalArrival - burstToleranceTicks, pausedUntil), slots.NextFree(now));

    private ArrivalSlotLease Grant(long now)
    {
        slots.Take(now);
        theoreticalArrival = Math.Max(theoreticalArrival, now) + emissionTicks;
        lastActivity = now;
        successful++;
        return new ArrivalSlotLease(TimeSpan.FromTicks(now), endAttempt);
    }

    private void EndAttempt()
    {
        lock (gate)
        {
            var now = Now();
            slots.End(now);
            lastActivity = now;
            if (!disposed)
            {
                ScheduleTimer(now);
            }
        }
    }

    private void ScheduleTimer(long now)
    {
        var earliest = queue.Count > 0 ? EarliestGrant(now) : long.MaxValue;

        // With every slot in flight there is nothing to wait for on the clock: the next attempt's end reschedules.
        timer.Change(earliest == long.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(Math.Max(0, earliest - now)), Timeout.InfiniteTimeSpan);
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
            while (queue.First is { } node && EarliestGrant(now) <= now)
            {
                queue.RemoveFirst();
                node.Value.Node = null;
                (ready ??= []).Add((node.Value, Grant(now)));
            }

            ScheduleTimer(now);
        }

        foreach (var (waiter, lease) in ready ?? [])
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

    private sealed class Waiter(long banDeadline)
    {
        /// <summary>The latest instant (limiter clock) at which a ban may end for this waiter to wait it out.</summary>
        public long BanDeadline { get; } = banDeadline;

        public TaskCompletionSource<RateLimitLease> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }

    /// <summary>A lease that holds no slot: refused (with a retry-after when known), or granted for zero permits.</summary>
    private sealed class NoSlotLease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
