namespace Entsoe.Transparency.Redis;

/// <summary>
/// Whether Redis is answering. After a failed call Redis counts as unavailable: requests do not ask it (so a dead or
/// slow Redis costs nothing per request) until <c>probeInterval</c> has passed, when one request asks again and, if it
/// is answered, the outage ends. One warning per outage, one line when it ends.
/// </summary>
internal sealed class RedisAvailability(TimeSpan probeInterval, TimeProvider time, Action<string> onOutage, Action<TimeSpan> onRecovery)
{
    private readonly Lock gate = new();
    private bool unavailable;
    private long outageStarted;
    private long nextProbe;
    private bool probing;

    public bool IsAvailable
    {
        get
        {
            lock (gate)
            {
                return !unavailable;
            }
        }
    }

    /// <summary>Whether this request may ask Redis: always while it answers, and once per probe interval when not.</summary>
    public bool TryUse()
    {
        lock (gate)
        {
            if (!unavailable)
            {
                return true;
            }

            if (probing || time.GetTimestamp() < nextProbe)
            {
                return false;
            }

            probing = true;
            return true;
        }
    }

    public void Succeeded()
    {
        TimeSpan outage;
        lock (gate)
        {
            probing = false;
            if (!unavailable)
            {
                return;
            }

            unavailable = false;
            outage = time.GetElapsedTime(outageStarted);
        }

        onRecovery(outage);
    }

    public void Failed(string error)
    {
        lock (gate)
        {
            probing = false;
            var now = time.GetTimestamp();
            nextProbe = now + (long)(probeInterval.TotalSeconds * time.TimestampFrequency);
            if (unavailable)
            {
                return;
            }

            unavailable = true;
            outageStarted = now;
        }

        onOutage(error);
    }

    public override string ToString() => IsAvailable ? "RedisAvailability(answering)" : "RedisAvailability(unavailable)";
}
