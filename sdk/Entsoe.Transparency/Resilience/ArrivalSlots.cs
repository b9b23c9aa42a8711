namespace Entsoe.Transparency;

/// <summary>
/// The one definition of a rate-limit slot, for every budget that keeps a token under the platform's limit:
/// <b>a slot is taken when a permit is granted and given back one window after the attempt it was granted for
/// ends</b>. An attempt ends when its response headers arrive, or when it fails, times out or is cancelled; until
/// then it holds its slot, however long it takes. At most <c>limit</c> slots are taken at any instant.
/// </summary>
/// <remarks>
/// <para>
/// Why this rule: the platform counts a request when it arrives, and a request arrives at some instant between its
/// send (after its grant) and the end of its attempt — never known exactly at the client (connection set-up, TLS, a
/// slow proxy). Suppose <c>limit + 1</c> requests arrived in one closed window <c>[a, a + window]</c>. Take the
/// last of them to be granted, at <c>t ≤ a + window</c>. Each of the other <c>limit</c> was granted before <c>t</c>
/// and was then either still in flight or had ended at <c>e ≥ its arrival ≥ a ≥ t − window</c>, so its slot was
/// still taken at <c>t</c>: all slots were taken and the grant at <c>t</c> could not have happened. Retries are
/// attempts like any other, so they are inside the limit too.
/// </para>
/// <para>
/// The cost against counting grants is one attempt's latency per window: in steady state a slot cycles every
/// <c>window + latency</c>, so the rate is <c>limit / (window + latency)</c>.
/// </para>
/// <para>
/// A fleet-wide budget must keep the same rule: one entry per slot, taken at the grant, with its end recorded when
/// the attempt ends and counted for one window from then. Not thread-safe: the owner serialises calls. Times are
/// ticks of one monotonic clock, never decreasing from call to call.
/// </para>
/// </remarks>
internal sealed class ArrivalSlots
{
    private readonly int limit;
    private readonly long window;

    // Ends of finished attempts whose window is not over yet, oldest first (a ring; ends are recorded in time order).
    private readonly long[] ends;
    private int head;
    private int ended;
    private int inFlight;
    private long lastEnd = long.MinValue;

    public ArrivalSlots(int limit, long windowTicks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowTicks, 1);
        this.limit = limit;
        window = windowTicks;
        ends = new long[limit];
    }

    /// <summary>Attempts granted and not ended yet.</summary>
    public int InFlight => inFlight;

    /// <summary>The slots taken at <paramref name="now"/>: in flight, or ended less than a window ago.</summary>
    public int Taken(long now)
    {
        Expire(now);
        return inFlight + ended;
    }

    /// <summary>
    /// The earliest instant, not before <paramref name="now"/>, at which a slot is free; <see cref="long.MaxValue"/>
    /// while every slot is held by an attempt in flight (one must end first).
    /// </summary>
    public long NextFree(long now)
    {
        Expire(now);
        if (inFlight + ended < limit)
        {
            return now;
        }

        // Free strictly more than a window after the oldest end: no closed window then holds both requests.
        return ended > 0 ? ends[head] + window + 1 : long.MaxValue;
    }

    /// <summary>Takes a slot for an attempt about to be sent.</summary>
    /// <exception cref="InvalidOperationException">No slot is free at <paramref name="now"/>.</exception>
    public void Take(long now)
    {
        if (NextFree(now) > now)
        {
            throw new InvalidOperationException("No rate-limit slot is free.");
        }

        inFlight++;
    }

    /// <summary>Records that an attempt ended at <paramref name="endedAt"/>: its slot stays taken for one window more.</summary>
    /// <exception cref="InvalidOperationException">No attempt is in flight.</exception>
    public void End(long endedAt)
    {
        if (inFlight == 0)
        {
            throw new InvalidOperationException("No attempt is in flight.");
        }

        inFlight--;
        lastEnd = Math.Max(lastEnd, endedAt);
        ends[(head + ended) % limit] = lastEnd;
        ended++;
    }

    private void Expire(long now)
    {
        while (ended > 0 && ends[head] + window < now)
        {
            head = (head + 1) % limit;
            ended--;
        }
    }
}
