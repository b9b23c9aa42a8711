using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Diagnostics;

public class TokenShapeWarningTests
{
    [Fact]
    public async Task QueryAsync_TokenOfUnknownShape_WarnsOnceAndStillSends()
    {
        var scenario = Scenarios.Ok with { Server = (ctx, _, _) => OkTwice(ctx) };
        var token = "not-a-uuid-" + Guid.NewGuid().ToString("N");

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header, token);

        Assert.Null(result.Error);
        Assert.Equal(token, result.Requests[0].Header("SECURITY_TOKEN"));
        Assert.Single(result.Logs.Entries, e => e.EventId.Id == TransparencyEventIds.TokenShapeUnexpected);
    }

    [Fact]
    public async Task QueryAsync_UuidToken_DoesNotWarn()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Ok, TokenPlacement.Header);

        Assert.DoesNotContain(result.Logs.Entries, e => e.EventId.Id == TransparencyEventIds.TokenShapeUnexpected);
    }

    private static async Task OkTwice(Microsoft.AspNetCore.Http.HttpContext ctx)
    {
        ctx.Response.ContentType = "text/xml";
        await ctx.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Bodies.Publication));
    }
}
