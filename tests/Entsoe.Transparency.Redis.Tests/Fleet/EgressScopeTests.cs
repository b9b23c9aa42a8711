using System.Diagnostics;
using Entsoe.Transparency.Benchmarks.RateLimit;
using Entsoe.Transparency.Redis.TestHost;
using Entsoe.Transparency.Redis.Tests.Infrastructure;

namespace Entsoe.Transparency.Redis.Tests.Fleet;

/// <summary>
/// Two tokens behind one egress scope: each has its own budget, and together they keep the scope's limit, across
/// processes while Redis answers and within a process while it does not.
/// </summary>
public class EgressScopeTests
{
    [RedisFact]
    public async Task QueryAsync_TwoTokensOneEgressScope_TogetherNoWindowAboveTheLimit()
    {
        const int limit = 10;
        var window = TimeSpan.FromSeconds(2);
        await using var platform = await LoopbackPlatform.StartAsync();
        var prefix = RedisEnvironment.NewPrefix();
        var clients = new List<TransparencyClient>();
        var budgets = new List<RedisRateBudget>();
        using var telemetry = new Telemetry();
        for (var i = 0; i < 2; i++)
        {
            var options = InProcessFleet.Options(platform.Api, limit, window, burst: 5, telemetry);
            budgets.Add(options.UseRedisRateBudget(RedisEnvironment.RequireConfiguration(), r =>
            {
                r.KeyPrefix = prefix;
                r.EgressScope = "office-nat";
                r.OperationTimeout = InProcessFleet.PatientOperationTimeout;
            }));
            clients.Add(new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options));
        }

        try
        {
            await Task.WhenAll(clients.Select(c => InProcessFleet.RunAsync(c, callers: 2, requests: 10)));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
            budgets.ForEach(b => b.Dispose());
        }

        // A request that fell back drew from its token's local limiter alone, which knows no egress scope.
        Assert.True(telemetry.Total(RedisBudgetMetrics.FallbacksInstrument) == 0, $"requests fell back: {telemetry.AllText}");
        var (arrivals, answers) = platform.Recorded();
        var ticks = (long)(window.TotalSeconds * Stopwatch.Frequency);
        Assert.Equal(40, arrivals.Length);
        Assert.True(SlidingWindow.Densest(arrivals, ticks) <= limit, $"{SlidingWindow.Densest(arrivals, ticks)} arrivals in one window behind the scope");
        Assert.True(SlidingWindow.Densest(answers, ticks) <= limit);
    }

    [RedisFact]
    public async Task QueryAsync_TwoTokensOneEgressScopeRedisDown_TogetherNoWindowAboveTheLimit()
    {
        const int limit = 10;
        var window = TimeSpan.FromSeconds(2);
        await using var proxy = new TcpProxy(RedisEnvironment.Upstream());
        proxy.Down();
        await using var platform = await LoopbackPlatform.StartAsync();
        using var telemetry = new Telemetry();
        var options = InProcessFleet.Options(platform.Api, limit, window, burst: 5, telemetry);
        using var budget = options.UseRedisRateBudget(RedisEnvironment.Through(proxy.EndPoint), r =>
        {
            r.KeyPrefix = RedisEnvironment.NewPrefix();
            r.EgressScope = "office-nat";
            r.ConnectTimeout = TimeSpan.FromSeconds(1);
        });
        using var first = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);
        using var second = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);

        await Task.WhenAll(InProcessFleet.RunAsync(first, callers: 2, requests: 10), InProcessFleet.RunAsync(second, callers: 2, requests: 10));

        // Each token's local limiter alone would let 2 x 10 arrive in a window from this one address.
        Assert.True(telemetry.Total(RedisBudgetMetrics.FallbacksInstrument) >= 40, $"not every request fell back: {telemetry.AllText}");
        var (arrivals, _) = platform.Recorded();
        var ticks = (long)(window.TotalSeconds * Stopwatch.Frequency);
        Assert.Equal(40, arrivals.Length);
        Assert.True(SlidingWindow.Densest(arrivals, ticks) <= limit, $"{SlidingWindow.Densest(arrivals, ticks)} arrivals in one window behind the scope while Redis was down");
    }

    [RedisFact]
    public async Task QueryAsync_TwoTokensOneEgressScopeOneProcess_TheScopesLimitUsed()
    {
        // Each attempt takes the process's own permit of the scope before Redis's: together they must not cost throughput.
        const int limit = 20;
        var window = TimeSpan.FromSeconds(2);
        await using var platform = await LoopbackPlatform.StartAsync();
        using var telemetry = new Telemetry();
        var options = InProcessFleet.Options(platform.Api, limit, window, burst: 5, telemetry);
        using var budget = options.UseRedisRateBudget(RedisEnvironment.RequireConfiguration(), r =>
        {
            r.KeyPrefix = RedisEnvironment.NewPrefix();
            r.EgressScope = "office-nat";
            r.OperationTimeout = InProcessFleet.PatientOperationTimeout;
        });
        using var first = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);
        using var second = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);

        await Task.WhenAll(InProcessFleet.RunAsync(first, callers: 2, requests: 20), InProcessFleet.RunAsync(second, callers: 2, requests: 20));

        Assert.True(telemetry.Total(RedisBudgetMetrics.FallbacksInstrument) == 0, $"requests fell back: {telemetry.AllText}");
        var (arrivals, _) = platform.Recorded();
        var ticks = (long)(window.TotalSeconds * Stopwatch.Frequency);
        Assert.Equal(80, arrivals.Length);
        Assert.True(SlidingWindow.Densest(arrivals, ticks) <= limit, $"{SlidingWindow.Densest(arrivals, ticks)} arrivals in one window behind the scope");

        // While both tokens have work queued (after the first window, to the last arrival), the scope's limit is used.
        var from = arrivals[0] + ticks;
        var windows = (arrivals[^1] - from) / ticks;
        Assert.True(windows >= 1, $"only {windows} whole windows of steady state");
        var used = arrivals.Count(a => a > from && a <= from + (windows * ticks)) / (double)(windows * limit);
        Assert.True(used >= 0.9, $"the two tokens used {used:P1} of the scope's limit in its steady state");
    }
}
