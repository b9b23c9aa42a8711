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
        await route.WaitForRequestsAsync(5, TimeSpan.FromSeconds(10));
        await Task.Delay(100);
        var beforeTimeMoves = route.Requests.Count;
        await TimeDriver.DriveAsync(Task.WhenAll(calls), clock, route, TimeSpan.FromSeconds(1));

        Assert.Equal(5, beforeTimeMoves);
        var times = route.Requests.Select(r => r.At).ToList();
        Assert.Equal(12, times.Count);
        // Any 6 consecutive requests (one more than the limit) span more than the 60 s window.
        for (var i = 0; i + 5 < times.Count; i++)
        {
            Assert.True(times[i + 5] - times[i] > TimeSpan.FromSeconds(60), $"requests {i}..{i + 5} within one window");
        }
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
