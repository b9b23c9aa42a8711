using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Tests.Resilience;

/// <summary>
/// Callers driving a <see cref="PacedSlidingWindowRateLimiter"/> on a fake clock, one thread, reproducible from a seed.
/// Each caller waits for a permit (some waits are cancelled), then runs an attempt of random length: answered (the
/// slot is completed at the response headers and disposed after a body that takes more time), failed early, or
/// cancelled. A request arrives at a random instant between its grant and the end the limiter recorded for its
/// attempt; a cancelled attempt's request may never arrive. The result is what a platform would have counted.
/// </summary>
internal sealed class LimiterSimulation
{
    private readonly Settings settings;
    private readonly Random random;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero));
    private readonly List<TimeSpan> arrivals = [];
    private readonly List<(ArrivalSlotLease Lease, TimeSpan At)> bodies = [];
    private readonly long start;
    private int grants;
    private int cancelledWaits;

    private LimiterSimulation(Settings settings, int seed)
    {
        this.settings = settings;
        random = new Random(seed);
        start = clock.GetTimestamp();
    }

    private enum Phase
    {
        Idle,
        Waiting,
        Attempting,
        Done,
    }

    private enum Ending
    {
        Answered,
        Failed,
        Cancelled,
    }

    public static Result Run(Settings settings, int seed, TimeSpan? runFor = null) => new LimiterSimulation(settings, seed).Run(runFor);

    private Result Run(TimeSpan? runFor)
    {
        using var limiter = new PacedSlidingWindowRateLimiter(settings.PermitLimit, settings.Window, settings.Burst, 100_000, clock);
        var callers = Enumerable.Range(0, settings.Callers).Select(_ => new Caller(settings.RequestsPerCaller)).ToArray();
        var completed = 0;
        for (var step = 0; step < 5_000_000; step++)
        {
            var now = Now();
            if (runFor is { } span ? now >= span : callers.All(c => c.Phase == Phase.Done))
            {
                break;
            }

            foreach (var caller in callers)
            {
                completed += Advance(caller, limiter, now);
            }

            FinishBodies(now);
            clock.Advance(TimeSpan.FromTicks(random.NextInt64(TimeSpan.TicksPerMillisecond, 40 * TimeSpan.TicksPerMillisecond)));
        }

        foreach (var caller in callers)
        {
            caller.Lease?.Dispose();
            caller.Cancellation?.Dispose();
        }

        arrivals.Sort();
        return new Result(arrivals, grants, cancelledWaits, completed, callers.All(c => c.Phase == Phase.Done), Now());
    }

    private int Advance(Caller caller, PacedSlidingWindowRateLimiter limiter, TimeSpan now)
    {
        if (caller.Phase == Phase.Idle && now >= caller.Until)
        {
            if (caller.Left == 0)
            {
                caller.Phase = Phase.Done;
                return 0;
            }

            caller.Cancellation?.Dispose();
            caller.Cancellation = random.NextDouble() < 0.1 ? new CancellationTokenSource() : null;
            caller.Until = now + settings.Window * random.NextDouble();
            caller.Wait = limiter.AcquireAsync(1, caller.Cancellation?.Token ?? CancellationToken.None).AsTask();
            caller.Phase = Phase.Waiting;
        }

        if (caller.Phase == Phase.Waiting)
        {
            if (!caller.Wait!.IsCompleted && caller.Cancellation is { } cancellation && now >= caller.Until)
            {
                // Runs the limiter's cancellation at once, on this thread.
                cancellation.Cancel();
            }

            if (caller.Wait.IsCompleted)
            {
                if (caller.Wait.IsCanceled)
                {
                    cancelledWaits++;
                    caller.Phase = Phase.Idle;
                    caller.Until = now;
                    return 0;
                }

                grants++;
                caller.Lease = (ArrivalSlotLease)caller.Wait.Result;
                caller.Ending = (Ending)Pick(0.7, 0.15);
                var longest = caller.Ending == Ending.Failed ? TimeSpan.FromMilliseconds(200) : settings.LongestAttempt;
                caller.Until = now + (random.NextDouble() < 0.15 ? TimeSpan.Zero : longest * random.NextDouble());
                caller.Phase = Phase.Attempting;
            }
        }

        if (caller.Phase == Phase.Attempting && now >= caller.Until)
        {
            EndAttempt(caller, now);
            caller.Left--;
            caller.Phase = Phase.Idle;
            caller.Until = now + (settings.Think ? TimeSpan.FromSeconds(random.NextDouble()) : TimeSpan.Zero);
            return 1;
        }

        return 0;
    }

    private void EndAttempt(Caller caller, TimeSpan now)
    {
        var lease = caller.Lease!;
        caller.Lease = null;
        if (caller.Ending == Ending.Answered)
        {
            // Headers in: the window starts now; the body may take a while longer, which must not matter.
            lease.Complete();
            bodies.Add((lease, now + TimeSpan.FromSeconds(random.NextDouble() * 2)));
        }
        else
        {
            lease.Dispose();
        }

        if (caller.Ending != Ending.Cancelled || random.NextDouble() < 0.5)
        {
            var from = lease.GrantedAt.Ticks;
            arrivals.Add(TimeSpan.FromTicks(from + (long)(random.NextDouble() * (now.Ticks - from))));
        }
    }

    private void FinishBodies(TimeSpan now)
    {
        for (var i = bodies.Count - 1; i >= 0; i--)
        {
            if (now >= bodies[i].At)
            {
                bodies[i].Lease.Dispose();
                bodies.RemoveAt(i);
            }
        }
    }

    // 0 with probability p0, 1 with p1, else 2.
    private int Pick(double p0, double p1)
    {
        var x = random.NextDouble();
        return x < p0 ? 0 : x < p0 + p1 ? 1 : 2;
    }

    // The limiter's own clock: elapsed since it was created, at the same fake instant as start.
    private TimeSpan Now() => clock.GetElapsedTime(start);

    /// <summary>The limiter's settings, the callers, and the longest attempt.</summary>
    public sealed record Settings(int PermitLimit, TimeSpan Window, int Burst, int Callers, int RequestsPerCaller, TimeSpan LongestAttempt, bool Think);

    /// <summary>What the platform counted (arrivals, sorted, on the limiter's clock) and what the limiter did.</summary>
    public sealed record Result(IReadOnlyList<TimeSpan> Arrivals, int Grants, int CancelledWaits, int Completed, bool AllDone, TimeSpan Elapsed);

    private sealed class Caller(int requests)
    {
        public Phase Phase { get; set; }

        public int Left { get; set; } = requests;

        public TimeSpan Until { get; set; }

        public Task<RateLimitLease>? Wait { get; set; }

        public CancellationTokenSource? Cancellation { get; set; }

        public ArrivalSlotLease? Lease { get; set; }

        public Ending Ending { get; set; }
    }
}
