using System.Threading.RateLimiting;
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

        for (var steps = 0; limiter.GetStatistics()!.TotalSuccessfulLeases < 2000 && steps < 100_000; steps++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        var leases = await Task.WhenAll(pending);
        var granted = leases.Select(GrantedAt).ToArray();
        Assert.All(leases, lease => Assert.True(lease.IsAcquired));
        Assert.Equal(granted.Order().ToArray(), granted);
        // Closed windows [t, t + 60 s] starting at every grant: the densest windows start at a grant.
        var densest = 0;
        for (int first = 0, last = 0; first < granted.Length; first++)
        {
            while (last < granted.Length && granted[last] - granted[first] <= Window)
            {
                last++;
            }

            densest = Math.Max(densest, last - first);
        }

        Assert.Equal(400, densest);
        // Over the whole run (the initial burst lifts the average a little above 400, the window check above caps it).
        var perMinute = (granted.Length - 1) / (granted[^1] - granted[0]).TotalMinutes;
        output.WriteLine($"densest 60 s window: {densest}; {perMinute:0.0} grants per minute; last grant at {granted[^1]}");
        Assert.True(perMinute >= 0.95 * 400, $"{perMinute:0.0} grants per minute");
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
