using System.Threading.RateLimiting;

namespace Entsoe.Transparency;

/// <summary>
/// A granted permit that holds one slot of <see cref="ArrivalSlots"/> for one attempt. The attempt's end is recorded
/// by <see cref="Complete"/> (called once the response headers are in) or by <see cref="RateLimitLease.Dispose()"/>
/// (failure, time-out, cancellation), whichever comes first; the slot then stays taken for one window.
/// </summary>
internal sealed class ArrivalSlotLease(TimeSpan grantedAt, Action end) : RateLimitLease
{
    private Action? end = end;

    /// <summary>The limiter's clock when the permit was granted.</summary>
    public TimeSpan GrantedAt { get; } = grantedAt;

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [PacedSlidingWindowRateLimiter.GrantedAtMetadataName];

    /// <summary>Records the attempt's end now; later calls (and the dispose that follows) do nothing.</summary>
    public void Complete() => Interlocked.Exchange(ref end, null)?.Invoke();

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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Complete();
        }
    }
}
