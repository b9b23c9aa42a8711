namespace Entsoe.Transparency;

/// <summary>The SDK's own rate budgets, for an <see cref="ITransparencyRateBudgetProvider"/> to build on.</summary>
public static class TransparencyRateBudgets
{
    /// <summary>
    /// A new budget of this process alone, under the rule the SDK keeps for each token (never more than
    /// <see cref="TransparencyRateLimitOptions.PermitLimit"/> arrivals in any <see cref="TransparencyRateLimitOptions.Window"/>,
    /// paced, <see cref="TransparencyRateLimitOptions.Burst"/> back to back, at most
    /// <see cref="TransparencyRateLimitOptions.QueueLimit"/> waiting), for a scope the SDK does not keep itself: every
    /// token behind one IP address, say. The SDK keeps no reference to it. It is <see cref="IDisposable"/>: once
    /// disposed it refuses every wait (<see cref="ObjectDisposedException"/>), so a budget that requests may still use,
    /// like the SDK's own for each token, is better left to the garbage collector.
    /// </summary>
    /// <param name="limits">The limits, read once (<see cref="TransparencyRateLimitOptions.SharedBudget"/> is ignored).</param>
    /// <param name="timeProvider">The clock the budget runs on.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range (a permit limit or burst under 1, a window not positive, a negative queue limit).</exception>
    public static ITransparencyRateBudget CreateLocal(TransparencyRateLimitOptions limits, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new PacedSlidingWindowRateLimiter(limits.PermitLimit, limits.Window, limits.Burst, limits.QueueLimit, timeProvider);
    }
}
