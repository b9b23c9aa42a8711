using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Tests;

public class TokenRotationTests
{
    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task Update_WhileRequestsAreInFlight_LaterRequestsCarryTheNewTokenAndTheOldIsRejected(TokenPlacement placement)
    {
        var oldToken = Guid.NewGuid().ToString();
        var newToken = Guid.NewGuid().ToString();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var overwritten = 0;
        var route = FaultServer.Shared.Register(async (ctx, _, _) =>
        {
            var presented = Presented(ctx);
            if (presented == oldToken)
            {
                // Held until "Generate and overwrite" happened, then rejected like the platform does.
                await release.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }

            var valid = presented == newToken || (presented == oldToken && Volatile.Read(ref overwritten) == 0);
            ctx.Response.StatusCode = valid ? 200 : 401;
            ctx.Response.ContentType = valid ? "text/xml" : "text/html";
            await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(valid ? Bodies.Publication : Bodies.UnauthorizedPage));
        });
        var credential = new SecurityTokenCredential(oldToken);
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        using var client = new TransparencyClient(credential, new TransparencyClientOptions { BaseAddress = route.BaseAddress, TokenPlacement = placement, LoggerFactory = loggerFactory });

        var early = Enumerable.Range(0, 3).Select(_ => client.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None)).ToList();
        await route.WaitForRequestsAsync(3, TimeSpan.FromSeconds(10));
        credential.Update(newToken);
        Interlocked.Exchange(ref overwritten, 1);
        var later = Enumerable.Range(0, 3).Select(_ => client.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None)).ToList();
        await Task.WhenAll(later);
        release.SetResult();

        foreach (var call in early)
        {
            var error = await Assert.ThrowsAsync<TransparencyAuthenticationException>(() => call);
            Assert.True(error.TokenUpdatedSinceSent);
            Assert.DoesNotContain(oldToken, error.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(newToken, error.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(later, call => Assert.Equal(TransparencyContentKind.Xml, call.Result.ContentKind));
        var presentedTokens = route.Requests.Select(r => r.Header("SECURITY_TOKEN") ?? r.RawTarget[(r.RawTarget.IndexOf("securityToken=", StringComparison.Ordinal) + 14)..]).ToList();
        Assert.Equal([oldToken, oldToken, oldToken, newToken, newToken, newToken], presentedTokens);
        Assert.DoesNotContain(oldToken, logs.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(newToken, logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Presented(HttpContext ctx) =>
        ctx.Request.Headers.TryGetValue("SECURITY_TOKEN", out var header) ? header.ToString() : ctx.Request.Query["securityToken"].ToString();
}
