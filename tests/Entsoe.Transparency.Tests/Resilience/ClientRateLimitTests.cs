using Entsoe.Transparency.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Tests.Resilience;

public class ClientRateLimitTests
{
    [Fact]
    public async Task QueryAsync_TwoClientsSameToken_ShareOneLimiterAcrossTheProcess()
    {
        var clock = new FakeTimeProvider(ScenarioRunner.Start);
        var route = FaultServer.Shared.Register((ctx, _, _) => Respond(ctx), clock.GetUtcNow);
        var token = Guid.NewGuid().ToString();
        using var first = new TransparencyClient(new SecurityTokenCredential(token), Options(route, clock));
        using var second = new TransparencyClient(new SecurityTokenCredential(token), Options(route, clock));

        var calls = Enumerable.Range(0, 12)
            .Select(i => (i % 2 == 0 ? first : second).QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None))
            .ToList();

        // Limit 5 per 60 s for the token, whichever client sends: 5 now, 5 more once a window has passed, then 2.
        var seen = new List<int> { await SettledCountAsync(route, 5) };
        clock.Advance(TimeSpan.FromSeconds(61));
        seen.Add(await SettledCountAsync(route, 10));
        clock.Advance(TimeSpan.FromSeconds(61));
        seen.Add(await SettledCountAsync(route, 12));
        await Task.WhenAll(calls);

        Assert.Equal([5, 10, 12], seen);
    }

    private static async Task<int> SettledCountAsync(FaultRoute route, int expected)
    {
        await route.WaitForRequestsAsync(expected, TimeSpan.FromSeconds(10));
        // Give any request the limiter wrongly let through time to arrive before counting.
        await Task.Delay(150);
        return route.Requests.Count;
    }

    private static TransparencyClientOptions Options(FaultRoute route, FakeTimeProvider clock)
    {
        var options = ScenarioRunner.TestOptions(route, TokenPlacement.Header, clock, NullLoggerFactory.Instance);
        options.RateLimit.PermitLimit = 5;
        options.RateLimit.Burst = 5;
        options.RateLimit.Window = TimeSpan.FromSeconds(60);
        return options;
    }

    private static async Task Respond(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/xml";
        await ctx.Response.WriteAsync(Bodies.Publication);
    }
}
