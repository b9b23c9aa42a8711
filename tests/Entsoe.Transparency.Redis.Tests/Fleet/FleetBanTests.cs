using System.Diagnostics;
using Entsoe.Transparency.Redis.TestHost;
using Entsoe.Transparency.Redis.Tests.Infrastructure;

namespace Entsoe.Transparency.Redis.Tests.Fleet;

/// <summary>A ban answered to one process of the fleet holds every process of the token until it ends.</summary>
public class FleetBanTests
{
    [RedisFact]
    public async Task QueryAsync_BanAnsweredToOneProcess_NoProcessSendsUntilItEnds()
    {
        await using var platform = await LoopbackPlatform.StartAsync(banAt: 30, banFor: TimeSpan.FromSeconds(3));

        var lines = await FleetProcess.RunAsync(4, Guid.NewGuid().ToString(), RedisEnvironment.RequireConfiguration(),
            FleetProcess.Arguments(platform.Api, callers: 3, requests: 5, limit: 40, TimeSpan.FromSeconds(6), burst: 10, RedisEnvironment.NewPrefix()));

        var (arrivals, _) = platform.Recorded();
        var (answeredAt, endsAt) = platform.Ban ?? throw new InvalidOperationException("the ban was never answered");
        // Judged on when each request left its client (a busy machine may deliver one granted before the ban later).
        var reaction = Stopwatch.Frequency / 10;
        var sentDuringBan = platform.Sent().Count(s => s > answeredAt + reaction && s <= endsAt);
        Assert.Equal(61, platform.Sent().Length);
        Assert.Equal(0, sentDuringBan);
        Assert.True(arrivals.Count(a => a > endsAt) > 0, "nothing was sent after the ban");

        // Every process waited the ban out (the banned request was retried after it): all 60 requests succeeded.
        Assert.All(lines, line => Assert.Equal("succeeded=15 errors=", line));
        Assert.Equal(61, arrivals.Length);
    }

    [RedisFact]
    public async Task QueryAsync_BanAnsweredAndCallersDoNotWait_OthersFailFastWithTheBansEnd()
    {
        // Late enough that every process is past its cold start: a request granted before the ban was written may
        // still arrive after it, and a fresh process's first request can take longer than the 100 ms allowed here.
        await using var platform = await LoopbackPlatform.StartAsync(banAt: 25, banFor: TimeSpan.FromSeconds(30));

        var lines = await FleetProcess.RunAsync(4, Guid.NewGuid().ToString(), RedisEnvironment.RequireConfiguration(),
            FleetProcess.Arguments(platform.Api, callers: 2, requests: 5, limit: 40, TimeSpan.FromSeconds(6), burst: 2, RedisEnvironment.NewPrefix(), "--fail-fast"));

        var (arrivals, _) = platform.Recorded();
        var (answeredAt, _) = platform.Ban ?? throw new InvalidOperationException("the ban was never answered");
        Assert.Equal(arrivals.Length, platform.Sent().Length);
        Assert.Equal(0, platform.Sent().Count(s => s > answeredAt + (Stopwatch.Frequency / 10)));

        // 40 requests: those sent before the ban succeeded (one was banned); every other one failed without being sent.
        var succeeded = lines.Sum(l => int.Parse(l.Split(' ')[0]["succeeded=".Length..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(arrivals.Length - 1, succeeded);
        Assert.All(lines, line => Assert.DoesNotContain("TransparencyRateBudgetUnavailableException", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("TransparencyRateLimitedException", StringComparison.Ordinal));
    }
}
