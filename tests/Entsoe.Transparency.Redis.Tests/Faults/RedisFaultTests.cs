using System.Diagnostics;
using Entsoe.Transparency.Benchmarks.RateLimit;
using Entsoe.Transparency.Redis.TestHost;
using Entsoe.Transparency.Redis.Tests.Infrastructure;

namespace Entsoe.Transparency.Redis.Tests.Faults;

/// <summary>
/// Redis taken away under a running client (through a proxy the test controls): the documented fallback, no crash,
/// never more than the local limit, and the shared budget again once Redis answers. Counts only.
/// </summary>
public class RedisFaultTests
{
    private const int Limit = 20;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    [RedisFact]
    public async Task QueryAsync_RedisStoppedThenRestarted_FallsBackWithinTheLocalLimitThenDrawsFromRedisAgain()
    {
        await using var proxy = new TcpProxy(RedisEnvironment.Upstream());
        await using var platform = await LoopbackPlatform.StartAsync();
        using var telemetry = new Telemetry();
        var prefix = RedisEnvironment.NewPrefix();
        var options = InProcessFleet.Options(platform.Api, Limit, Window, burst: 5, telemetry);
        using var budget = options.UseRedisRateBudget(RedisEnvironment.Through(proxy.EndPoint), r =>
        {
            r.KeyPrefix = prefix;
            r.ProbeInterval = TimeSpan.FromMilliseconds(300);
        });
        using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);

        await InProcessFleet.RunAsync(client, callers: 4, requests: 5);
        Assert.True(telemetry.Total(RedisBudgetMetrics.FallbacksInstrument) == 0, $"requests fell back while Redis was up: {telemetry.AllText}");
        Assert.NotEmpty(await RedisEnvironment.KeysAsync(prefix));

        proxy.Down();
        await InProcessFleet.RunAsync(client, callers: 4, requests: 5);
        var fallbacks = telemetry.Total(RedisBudgetMetrics.FallbacksInstrument);
        Assert.True(fallbacks > 0, "no request fell back while Redis was down");
        Assert.Equal(1, telemetry.Count(RedisBudgetLog.UnavailableEventId));

        // A restart without persistence: the budget's state is gone.
        await RedisEnvironment.ForgetAsync(prefix);
        proxy.Up();
        for (var round = 0; round < 20 && telemetry.Count(RedisBudgetLog.RecoveredEventId) == 0; round++)
        {
            await InProcessFleet.RunAsync(client, callers: 2, requests: 2);
        }

        Assert.Equal(1, telemetry.Count(RedisBudgetLog.RecoveredEventId));
        var afterRecovery = telemetry.Total(RedisBudgetMetrics.FallbacksInstrument);
        await InProcessFleet.RunAsync(client, callers: 4, requests: 3);
        Assert.True(afterRecovery == telemetry.Total(RedisBudgetMetrics.FallbacksInstrument), $"requests fell back after the recovery: {telemetry.AllText}");
        Assert.NotEmpty(await RedisEnvironment.KeysAsync(prefix));

        var (arrivals, _) = platform.Recorded();
        var densest = SlidingWindow.Densest(arrivals, (long)(Window.TotalSeconds * Stopwatch.Frequency));
        Assert.True(densest <= Limit, $"{densest} arrivals in one window across the outage (local limit {Limit})");
    }

    [RedisFact]
    public async Task QueryAsync_RedisStopsAnswering_EachRequestWaitsBoundedThenFallsBack()
    {
        await using var proxy = new TcpProxy(RedisEnvironment.Upstream());
        await using var platform = await LoopbackPlatform.StartAsync();
        using var telemetry = new Telemetry();
        var options = InProcessFleet.Options(platform.Api, Limit, Window, burst: 5, telemetry);

        // A request that waited on a silent Redis without bound would run into this total timeout and fail.
        options.TotalTimeout = TimeSpan.FromSeconds(10);
        using var budget = options.UseRedisRateBudget(RedisEnvironment.Through(proxy.EndPoint), r =>
        {
            r.KeyPrefix = RedisEnvironment.NewPrefix();
            r.OperationTimeout = TimeSpan.FromMilliseconds(200);
            r.ConnectTimeout = TimeSpan.FromSeconds(1);
            r.ProbeInterval = TimeSpan.FromMilliseconds(500);
        });
        using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);
        await InProcessFleet.RunAsync(client, callers: 2, requests: 2);

        // For ConnectTimeout after Redis first answered, a call may take that long (a fresh process's warm-up): past it.
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        proxy.Stall();
        await InProcessFleet.RunAsync(client, callers: 4, requests: 10);

        Assert.True(telemetry.Total(RedisBudgetMetrics.FallbacksInstrument) > 0, "no request fell back while Redis was silent");
        Assert.Equal(1, telemetry.Count(RedisBudgetLog.UnavailableEventId));
        Assert.Contains("no answer within 200 ms", telemetry.AllText, StringComparison.Ordinal);
        var (arrivals, _) = platform.Recorded();
        Assert.Equal(44, arrivals.Length);
        Assert.True(SlidingWindow.Densest(arrivals, (long)(Window.TotalSeconds * Stopwatch.Frequency)) <= Limit);
        proxy.Up();
    }

    [RedisFact]
    public async Task QueryAsync_RedisDownAndFailClosed_ThrowsWithoutSending()
    {
        await using var proxy = new TcpProxy(RedisEnvironment.Upstream());
        proxy.Down();
        await using var platform = await LoopbackPlatform.StartAsync();
        using var telemetry = new Telemetry();
        var options = InProcessFleet.Options(platform.Api, Limit, Window, burst: 5, telemetry);
        using var budget = options.UseRedisRateBudget(RedisEnvironment.Through(proxy.EndPoint), r =>
        {
            r.KeyPrefix = RedisEnvironment.NewPrefix();
            r.WhenUnavailable = RedisUnavailableBehavior.FailClosed;
            r.ConnectTimeout = TimeSpan.FromSeconds(1);
        });
        using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);

        var first = await Assert.ThrowsAsync<TransparencyRateBudgetUnavailableException>(() => client.QueryAsync(FleetWorker.Query()));
        var second = await Assert.ThrowsAsync<TransparencyRateBudgetUnavailableException>(() => client.QueryAsync(FleetWorker.Query()));

        Assert.Empty(platform.Recorded().Arrivals);
        Assert.Equal(2, telemetry.Total(RedisBudgetMetrics.RefusalsInstrument));
        Assert.Contains("FailClosed", first.Message, StringComparison.Ordinal);
        Assert.Contains("not sent", second.Message, StringComparison.Ordinal);
    }
}
