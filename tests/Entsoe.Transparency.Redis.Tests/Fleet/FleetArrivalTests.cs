using System.Diagnostics;
using Entsoe.Transparency.Benchmarks.RateLimit;
using Entsoe.Transparency.Redis.TestHost;
using Entsoe.Transparency.Redis.Tests.Infrastructure;

namespace Entsoe.Transparency.Redis.Tests.Fleet;

/// <summary>
/// The fleet guarantee end to end: four real processes (cold starts included), four concurrent callers each, one token,
/// one loopback platform that records every arrival and answer on one clock. Counts only: how long it takes is not
/// judged.
/// </summary>
public class FleetArrivalTests
{
    private const int Limit = 40;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(6);

    [RedisFact]
    public async Task QueryAsync_FourProcessesShareOneToken_NoWindowAboveTheLimitAndTheLimitUsed()
    {
        await using var platform = await LoopbackPlatform.StartAsync();

        var lines = await FleetProcess.RunAsync(4, Guid.NewGuid().ToString(), RedisEnvironment.RequireConfiguration(),
            FleetProcess.Arguments(platform.Api, callers: 4, requests: 10, Limit, Window, burst: 10, RedisEnvironment.NewPrefix()));

        var (arrivals, answers) = platform.Recorded();
        var window = (long)(Window.TotalSeconds * Stopwatch.Frequency);
        Assert.All(lines, line => Assert.Equal("succeeded=40 errors=", line));
        Assert.Equal(160, arrivals.Length);
        var densestArrivals = SlidingWindow.Densest(arrivals, window);
        var densestAnswers = SlidingWindow.Densest(answers, window);
        Assert.True(densestArrivals <= Limit, $"{densestArrivals} arrivals in one {Window} window across the fleet");
        Assert.True(densestAnswers <= Limit, $"{densestAnswers} answers started in one {Window} window across the fleet");

        // While every process has work queued (after the first window, to the last arrival), the fleet uses the limit.
        var from = arrivals[0] + window;
        var windows = (arrivals[^1] - from) / window;
        Assert.True(windows >= 2, $"only {windows} whole windows of steady state");
        var used = arrivals.Count(a => a > from && a <= from + (windows * window)) / (double)(windows * Limit);
        Assert.True(used >= 0.95, $"the fleet used {used:P1} of the limit in its steady state");
    }
}
