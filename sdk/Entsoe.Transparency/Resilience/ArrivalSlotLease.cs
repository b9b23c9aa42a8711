using System.Threading.RateLimiting;

namespace Entsoe.Transparency;

/// <summary>
/// A granted permit that holds one slot of <see cref="ArrivalSlots"/> for one attempt. The attempt's end is recorded
/// by <see cref="Complete"/> (called once the response headers are in) or by <see cref="RateLimitLease.Dispose()"/>
/// (failure, time-out, cancellation), whichever comes first; the slot then stays taken for one window. Public so that
/// a budget beyond the process (<see cref="ITransparencyRateBudget"/>) hands out the same kind of slot.
/// </summary>
/// <param name="grantedAt">The budget's clock when the permit was granted.</param>
/// <param name="end">Records the attempt's end; called once, by the first of <see cref="Complete"/> and dispose.</param>
public sealed class ArrivalSlotLease(TimeSpan grantedAt, Action end) : RateLimitLease
{
    private Action? end = end;

    /// <summary>The limiter's clock when the permit was granted.</summary>
    public TimeSpan GrantedAt { get; } = grantedAt;

    /// <inheritdoc/>
    public override bool IsAcquired => true;

    /// <inheritdoc/>
    public override IEnumerable<string> MetadataNames => [PacedSlidingWindowRateLimiter.GrantedAtMetadataName];

    /// <summary>Records the attempt's end now; later calls (and the dispose that follows) do nothing.</summary>
    public void Complete() => Interlocked.Exchange(ref end, null)?.Invoke();

    /// <inheritdoc/>
    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (metadataName == PacedSlidingWindowRateLimiter.GrantedAtMetadataName)
        {
            metadata = GrantedAt;
            return true;
        }

        metadata = null;
        return false;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Complete();
        }
    }
}
