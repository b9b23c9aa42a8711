namespace Entsoe.Transparency.Tokens.Storage.Tests.SqlServer;

/// <summary>
/// A clock whose timers fire at once and remember the delay they were asked for, so a retry's waits can be checked
/// without waiting.
/// </summary>
public sealed class ImmediateTimeProvider : TimeProvider
{
    private readonly List<TimeSpan> delays = [];

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (delays)
            {
                return [.. delays];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (delays)
        {
            delays.Add(dueTime);
        }

        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
