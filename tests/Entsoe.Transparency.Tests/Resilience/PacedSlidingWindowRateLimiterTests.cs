using System.Threading.RateLimiting;
using Entsoe.Transparency.Benchmarks.RateLimit;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Entsoe.Transparency.Tests.Resilience;

public class PacedSlidingWindowRateLimiterTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AcquireAsync_TwoThousandQueued_NeverMoreThan400InAnyWindowAndAtLeast95PercentOfTheRate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
        using var limiter = new PacedSlidingWindowRateLimiter(400, Window, 10, 10_000, clock);
        var pending = Enumerable.Range(0, 2000).Select(_ => limiter.AcquireAsync(1).AsTask()).ToList();

        // Each attempt ends as soon as it is granted (a slot is held until its attempt ends).
        var ended = new HashSet<Task<RateLimitLease>>();
        for (var steps = 0; ended.Count < 2000 && steps < 100_000; steps++)
        {
            foreach (var task in pending.Where(t => t.IsCompletedSuccessfully && ended.Add(t)).ToList())
            {
                (await task).Dispose();
            }

            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        var leases = await Task.WhenAll(pending);
        var granted = leases.Select(GrantedAt).ToArray();
        Assert.All(leases, lease => Assert.True(lease.IsAcquired));
        Assert.Equal(granted.Order().ToArray(), granted);
        // Closed windows [t, t + 60 s] starting at every grant: the densest windows start at a grant.
        var densest = SlidingWindow.Densest([.. granted.Select(t => t.Ticks)], Window.Ticks);

        Assert.Equal(400, densest);
        // Over the whole run (the initial burst lifts the average a little above 400, the window check above caps it).
        var perMinute = (granted.Length - 1) / (granted[^1] - granted[0]).TotalMinutes;
        output.WriteLine($"densest 60 s window: {densest}; {perMinute:0.0} grants per minute; last grant at {granted[^1]}");
        Assert.True(perMinute >= 0.95 * 400, $"{perMinute:0.0} grants per minute");
    }

    [Fact]
    public async Task AcquireAsync_EverySlotInFlight_NextGrantOneWindowAfterTheFirstAttemptEnds()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new PacedSlidingWindowRateLimiter(2, Window, 2, 10, clock);
        var first = await limiter.AcquireAsync(1);
        using var second = await limiter.AcquireAsync(1);
        var third = limiter.AcquireAsync(1).AsTask();

        // Both attempts still in flight ten minutes later: whenever they arrive, a third request could share their window.
        clock.Advance(TimeSpan.FromMinutes(10));
        var waitedWhileInFlight = third.IsCompleted;
        first.Dispose();
        clock.Advance(Window);
        var waitedAWindowAfterTheEnd = third.IsCompleted;
        clock.Advance(TimeSpan.FromTicks(1));

        Assert.False(waitedWhileInFlight);
        Assert.False(waitedAWindowAfterTheEnd);
        using var lease = await third;
        Assert.Equal(TimeSpan.FromMinutes(11) + TimeSpan.FromTicks(1), GrantedAt(lease));
    }

    [Fact]
    public async Task Complete_HeadersIn_WindowCountsFromThenNotFromTheDispose()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new PacedSlidingWindowRateLimiter(1, Window, 1, 10, clock);
        var lease = (ArrivalSlotLease)await limiter.AcquireAsync(1);
        var next = limiter.AcquireAsync(1).AsTask();

        clock.Advance(TimeSpan.FromSeconds(2));
        lease.Complete();
        clock.Advance(TimeSpan.FromSeconds(30));
        lease.Dispose();
        clock.Advance(TimeSpan.FromSeconds(30));
        var waitedAWindowAfterTheHeaders = next.IsCompleted;
        clock.Advance(TimeSpan.FromTicks(1));

        Assert.False(waitedAWindowAfterTheHeaders);
        using var granted = await next;
        Assert.Equal(TimeSpan.FromSeconds(62) + TimeSpan.FromTicks(1), GrantedAt(granted));
    }

    [Fact]
    public async Task AcquireAsync_WaitCancelled_TakesNoSlot()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new PacedSlidingWindowRateLimiter(2, Window, 2, 10, clock);
        var first = await limiter.AcquireAsync(1);
        var second = await limiter.AcquireAsync(1);
        using var cancellation = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(1, cancellation.Token).AsTask();
        var next = limiter.AcquireAsync(1).AsTask();
        var after = limiter.AcquireAsync(1).AsTask();

        await cancellation.CancelAsync();
        first.Dispose();
        clock.Advance(TimeSpan.FromSeconds(1));
        second.Dispose();
        clock.Advance(Window - TimeSpan.FromSeconds(1) + TimeSpan.FromTicks(1));
        var afterGrantedWithNext = after.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(afterGrantedWithNext);
        using var nextLease = await next;
        using var afterLease = await after;
        Assert.Equal(Window + TimeSpan.FromTicks(1), GrantedAt(nextLease));
        Assert.Equal(Window + TimeSpan.FromSeconds(1) + TimeSpan.FromTicks(1), GrantedAt(afterLease));
    }

    [Fact]
    public async Task Pause_WaiterThatWillNotWaitOutTheBan_FailsWithTheBanWhileTheOthersWait()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new PacedSlidingWindowRateLimiter(10, Window, 1, 10, clock);
        using var first = await limiter.AcquireAsync(1);
        var impatient = limiter.AcquireAsync(TimeSpan.Zero, CancellationToken.None).AsTask();
        var patient = limiter.AcquireAsync(TimeSpan.FromMinutes(15), CancellationToken.None).AsTask();
        var until = clock.GetUtcNow().AddMinutes(10);

        limiter.Pause(TimeSpan.FromMinutes(10), until);
        var refusedAtOnce = await Assert.ThrowsAsync<TokenBannedException>(() => limiter.AcquireAsync(TimeSpan.FromMinutes(5), CancellationToken.None).AsTask());
        clock.Advance(TimeSpan.FromMinutes(10));

        var refused = await Assert.ThrowsAsync<TokenBannedException>(() => impatient);
        Assert.Equal(until, refused.BannedUntil);
        Assert.Equal(until, refusedAtOnce.BannedUntil);
        using var lease = await patient;
        Assert.Equal(TimeSpan.FromMinutes(10), GrantedAt(lease));
    }

    [Fact]
    public void AttemptAcquire_BurstUsedUp_FailsWithRetryAfter()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new PacedSlidingWindowRateLimiter(400, Window, 3, 10, clock);

        var burst = Enumerable.Range(0, 3).Select(_ => limiter.AttemptAcquire()).ToList();
        using var refused = limiter.AttemptAcquire();

        Assert.All(burst, lease => Assert.True(lease.IsAcquired));
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromMilliseconds(150), retryAfter);
    }

    [Fact]
    public async Task AcquireAsync_QueueFull_ReturnsFailedLease()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new PacedSlidingWindowRateLimiter(10, Window, 1, 1, clock);
        using var first = await limiter.AcquireAsync(1);
        var queued = limiter.AcquireAsync(1);

        using var refused = await limiter.AcquireAsync(1);

        Assert.True(first.IsAcquired);
        Assert.False(queued.IsCompleted);
        Assert.False(refused.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WaiterCancelled_LeavesTheQueueAndTheNextWaiterIsServed()
    {
        var clock = new FakeTimeProvider();
        using var limiter = new PacedSlidingWindowRateLimiter(10, Window, 1, 10, clock);
        using var first = await limiter.AcquireAsync(1);
        using var cancellation = new CancellationTokenSource();
        var cancelled = limiter.AcquireAsync(1, cancellation.Token).AsTask();
        var next = limiter.AcquireAsync(1).AsTask();

        await cancellation.CancelAsync();
        clock.Advance(TimeSpan.FromSeconds(6));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        using var lease = await next;
        Assert.True(lease.IsAcquired);
        Assert.Equal(TimeSpan.FromSeconds(6), GrantedAt(lease));
    }

    [Fact]
    public void AttemptAcquire_MoreThanOnePermit_Throws()
    {
        using var limiter = new PacedSlidingWindowRateLimiter(10, Window, 1, 10, new FakeTimeProvider());

        Assert.Throws<ArgumentOutOfRangeException>(() => limiter.AttemptAcquire(2));
    }

    private static TimeSpan GrantedAt(RateLimitLease lease) =>
        lease.TryGetMetadata(PacedSlidingWindowRateLimiter.GrantedAtMetadataName, out var at) ? (TimeSpan)at! : throw new InvalidOperationException("no grant time");
}
