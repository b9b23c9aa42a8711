using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Tests.Resilience;

public class BanTests
{
    [Fact]
    public async Task QueryAsync_TokenBanned_OtherRequestsForTheTokenWaitUntilTheBanEnds()
    {
        var clock = new FakeTimeProvider(ScenarioRunner.Start);
        var route = FaultServer.Shared.Register((ctx, attempt, now) => attempt == 1 ? Ban(ctx, now.AddMinutes(10)) : Ok(ctx), clock.GetUtcNow);
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        using var client = new TransparencyClient(
            new SecurityTokenCredential(Guid.NewGuid().ToString()),
            ScenarioRunner.TestOptions(route, TokenPlacement.Header, clock, loggerFactory));

        var banned = client.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);
        await WaitForAsync(() => logs.Entries.Any(e => e.EventId.Id == TransparencyEventIds.BanWait));
        var queuedBehindTheBan = client.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);
        await TimeDriver.DriveAsync(Task.WhenAll(banned, queuedBehindTheBan), clock, route, TimeSpan.FromSeconds(10));

        var requests = route.Requests;
        Assert.Equal(3, requests.Count);
        var banEnd = requests[0].At.AddMinutes(10);
        Assert.All(requests.Skip(1), r => Assert.True(r.At >= banEnd, $"request at {r.At:O} before the ban ended at {banEnd:O}"));
        Assert.Equal(TransparencyContentKind.Xml, (await queuedBehindTheBan).ContentKind);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        Assert.True(condition());
    }

    private static async Task Ban(HttpContext ctx, DateTimeOffset until)
    {
        ctx.Response.StatusCode = 429;
        await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"Requester banned until '{until.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fff}Z'"));
    }

    private static async Task Ok(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/xml";
        await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Bodies.Publication));
    }
}
