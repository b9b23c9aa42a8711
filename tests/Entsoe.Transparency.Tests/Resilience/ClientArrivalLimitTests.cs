using System.Collections.Concurrent;
using System.Diagnostics;
using Entsoe.Transparency.Benchmarks.RateLimit;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Resilience;

/// <summary>
/// The arrival guarantee end to end, on real time: a fresh client (its first connections included) with several
/// concurrent callers against the loopback server, which records when each request reached it and when it started
/// to answer. The platform counts somewhere in between; no window of either may hold more than the limit. Counts only:
/// how long the run takes is not judged.
/// </summary>
public class ClientArrivalLimitTests
{
    private const int Limit = 40;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task QueryAsync_EightCallersSomeSlowAnswers_NoWindowAtTheServerAboveTheLimit()
    {
        // The limiter's clock (TimeProvider.System) and this one both read Stopwatch ticks, so their windows agree.
        var origin = Stopwatch.GetTimestamp();
        DateTimeOffset Clock() => ScenarioRunner.Start + Stopwatch.GetElapsedTime(origin);
        var answers = new ConcurrentQueue<DateTimeOffset>();
        var route = FaultServer.Shared.Register(
            async (ctx, attempt, _) =>
            {
                if (attempt % 3 == 0)
                {
                    // A slow platform: the answer (and the attempt's end) comes long after the arrival.
                    await Task.Delay(TimeSpan.FromMilliseconds(attempt % 2 == 0 ? 900 : 300));
                }

                answers.Enqueue(Clock());
                await Replies.OkAsync(ctx, Bodies.Publication);
            },
            Clock);
        var options = new TransparencyClientOptions { BaseAddress = route.BaseAddress };
        options.RateLimit.PermitLimit = Limit;
        options.RateLimit.Window = Window;
        options.RateLimit.Burst = 10;
        using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            for (var i = 0; i < 10; i++)
            {
                await client.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);
            }
        }));

        long[] arrivals = [.. route.Requests.Select(r => r.At.UtcTicks).Order()];
        long[] answered = [.. answers.Select(a => a.UtcTicks).Order()];
        var densestArrivals = SlidingWindow.Densest(arrivals, Window.Ticks);
        var densestAnswers = SlidingWindow.Densest(answered, Window.Ticks);
        Assert.Equal(80, arrivals.Length);
        Assert.True(densestArrivals <= Limit, $"{densestArrivals} arrivals in one {Window} window");
        Assert.True(densestAnswers <= Limit, $"{densestAnswers} answers started in one {Window} window");
    }
}
