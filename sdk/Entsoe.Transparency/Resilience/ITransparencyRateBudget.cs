using System.Threading.RateLimiting;

namespace Entsoe.Transparency;

/// <summary>
/// The rate budget of one token: where each attempt gets its permit, and where a ban is recorded. The process-wide
/// limiter is one; a budget shared by several processes (<see cref="ITransparencyRateBudgetProvider"/>) is another.
/// Every budget keeps the rule of <see cref="ArrivalSlotLease"/>: a slot is taken at the grant, held while the
/// attempt is in flight, and counted for one window after the attempt ends.
/// </summary>
public interface ITransparencyRateBudget
{
    /// <summary>
    /// Waits for a permit for one attempt, waiting out a ban only while it ends within <paramref name="maxBanWait"/>
    /// from now. A wait that is cancelled takes nothing.
    /// </summary>
    /// <param name="maxBanWait">How long the caller would wait for a ban to end (zero: not at all).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>
    /// An <see cref="ArrivalSlotLease"/> holding one slot until the attempt ends (completed or disposed), or a lease that
    /// is not acquired when the queue is full.
    /// </returns>
    /// <exception cref="TokenBannedException">The token is banned for longer than <paramref name="maxBanWait"/>.</exception>
    ValueTask<RateLimitLease> AcquireAsync(TimeSpan maxBanWait, CancellationToken cancellationToken);

    /// <summary>
    /// Grants nothing until <paramref name="duration"/> from now has passed, because the platform banned the token
    /// until <paramref name="until"/>; waiters that will not wait that long are refused at once.
    /// </summary>
    /// <param name="duration">How long to hold every permit, from now.</param>
    /// <param name="until">The end of the ban the platform announced, for the exception a refused waiter gets.</param>
    void Pause(TimeSpan duration, DateTimeOffset until);
}
