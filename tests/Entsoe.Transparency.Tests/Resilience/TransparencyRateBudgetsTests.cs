using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Tests.Resilience;

public class TransparencyRateBudgetsTests
{
    [Fact]
    public async Task CreateLocal_TwoPerSecond_ThirdAttemptWaitsUntilASlotComesBack()
    {
        var clock = new FakeTimeProvider();
        var limits = new TransparencyRateLimitOptions { PermitLimit = 2, Window = TimeSpan.FromSeconds(1), Burst = 2 };
        var budget = TransparencyRateBudgets.CreateLocal(limits, clock);
        try
        {
            using var first = await budget.AcquireAsync(TimeSpan.Zero, CancellationToken.None);
            using var second = await budget.AcquireAsync(TimeSpan.Zero, CancellationToken.None);
            var third = budget.AcquireAsync(TimeSpan.Zero, CancellationToken.None).AsTask();
            first.Dispose();
            clock.Advance(TimeSpan.FromMilliseconds(999));
            Assert.False(third.IsCompleted);

            // Just over one window after the first attempt ended (a closed window holds both ends), its slot is free again.
            clock.Advance(TimeSpan.FromMilliseconds(2));
            using var granted = await third.WaitAsync(TimeSpan.FromSeconds(5));

            Assert.True(first.IsAcquired && second.IsAcquired && granted.IsAcquired);
            Assert.IsType<ArrivalSlotLease>(granted);
        }
        finally
        {
            Assert.IsAssignableFrom<IDisposable>(budget).Dispose();
        }
    }

    [Fact]
    public void CreateLocal_PermitLimitZero_ThrowsOutOfRange()
    {
        var limits = new TransparencyRateLimitOptions { PermitLimit = 0 };

        Assert.Throws<ArgumentOutOfRangeException>(() => TransparencyRateBudgets.CreateLocal(limits, TimeProvider.System));
    }
}
