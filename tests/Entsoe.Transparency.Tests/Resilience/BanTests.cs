using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
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

    [Fact]
    public async Task QueryAsync_BannedWithoutWaiting_NoRequestForTheTokenReachesTheServerUntilTheBanEnds()
    {
        var clock = new FakeTimeProvider(ScenarioRunner.Start);
        var route = FaultServer.Shared.Register((ctx, attempt, now) => attempt == 1 ? Ban(ctx, now.AddMinutes(10)) : Ok(ctx), clock.GetUtcNow);
        var token = Guid.NewGuid().ToString();
        var impatientOptions = ScenarioRunner.TestOptions(route, TokenPlacement.Header, clock, NullLoggerFactory.Instance);
        impatientOptions.Retry.WaitWhenBanned = false;
        using var impatient = new TransparencyClient(new SecurityTokenCredential(token), impatientOptions);
        using var patient = new TransparencyClient(
            new SecurityTokenCredential(token), ScenarioRunner.TestOptions(route, TokenPlacement.Header, clock, NullLoggerFactory.Instance));

        var banned = await Assert.ThrowsAsync<TransparencyRateLimitedException>(() => impatient.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None));
        var duringBan = await Assert.ThrowsAsync<TransparencyRateLimitedException>(() => impatient.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None));
        var waited = patient.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);
        await TimeDriver.DriveAsync(waited, clock, route, TimeSpan.FromSeconds(10));
        var afterBan = await impatient.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);

        var requests = route.Requests;
        var banEnd = requests[0].At.AddMinutes(10);
        Assert.Equal(3, requests.Count);
        Assert.All(requests.Skip(1), r => Assert.True(r.At >= banEnd, $"request at {r.At:O} before the ban ended at {banEnd:O}"));
        Assert.Equal(banEnd, banned.BannedUntil);
        Assert.Equal(banEnd, duringBan.BannedUntil);
        Assert.Equal(banEnd, duringBan.RetryAt);
        Assert.Equal(0, duringBan.Attempts);
        Assert.Equal(TransparencyContentKind.Xml, (await waited).ContentKind);
        Assert.Equal(TransparencyContentKind.Xml, afterBan.ContentKind);
    }

    [Fact]
    public async Task QueryAsync_BanArrivesWhileOthersQueue_QueuedRequestsThatDoNotWaitFailWithTheBan()
    {
        var clock = new FakeTimeProvider(ScenarioRunner.Start);
        var answerBan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var route = FaultServer.Shared.Register(
            async (ctx, attempt, now) =>
            {
                if (attempt == 1)
                {
                    await answerBan.Task;
                    await Ban(ctx, now.AddMinutes(10));
                }
                else
                {
                    await Ok(ctx);
                }
            },
            clock.GetUtcNow);
        var options = ScenarioRunner.TestOptions(route, TokenPlacement.Header, clock, NullLoggerFactory.Instance);
        options.Retry.WaitWhenBanned = false;
        options.RateLimit.PermitLimit = 1;
        options.RateLimit.Burst = 1;
        using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);

        var first = client.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);
        // The only slot is taken: this one waits in the limiter's queue (for a minute of a clock that does not move).
        var queued = client.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);
        await route.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        answerBan.SetResult();

        var banned = await Assert.ThrowsAsync<TransparencyRateLimitedException>(() => first);
        var refused = await Assert.ThrowsAsync<TransparencyRateLimitedException>(() => queued.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(route.Requests);
        Assert.NotNull(banned.BannedUntil);
        Assert.Equal(banned.BannedUntil, refused.BannedUntil);
        Assert.Equal(0, refused.Attempts);
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
