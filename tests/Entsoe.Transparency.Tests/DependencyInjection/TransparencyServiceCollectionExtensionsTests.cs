using Entsoe.Transparency.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Entsoe.Transparency.Tests.DependencyInjection;

public class TransparencyServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task AddTransparencyClient_ResolvedClient_SendsTokenAndLogsNothingSecretAtTrace(TokenPlacement placement)
    {
        var canary = Guid.NewGuid().ToString();
        var route = FaultServer.Shared.Register(async (ctx, _, _) =>
        {
            ctx.Response.ContentType = "text/xml";
            await ctx.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Bodies.Publication));
        });
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddTransparencyClient(new SecurityTokenCredential(canary), o =>
        {
            o.BaseAddress = route.BaseAddress;
            o.TokenPlacement = placement;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<TransparencyClient>();
        var response = await client.QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);

        Assert.Equal(TransparencyContentKind.Xml, response.ContentKind);
        Assert.Same(client, provider.GetRequiredService<TransparencyClient>());
        var sent = Assert.Single(route.Requests);
        Assert.Contains(canary, placement == TokenPlacement.Header ? sent.Header("SECURITY_TOKEN") : sent.RawTarget, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.EventId.Id == TransparencyEventIds.RequestCompleted);
        Assert.DoesNotContain(canary, logs.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AddTransparencyClient_CredentialRegistered_UpdateReachesTheClient()
    {
        var route = FaultServer.Shared.Register(async (ctx, _, _) =>
        {
            ctx.Response.ContentType = "text/xml";
            await ctx.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Bodies.Publication));
        });
        var services = new ServiceCollection();
        services.AddTransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), o => o.BaseAddress = route.BaseAddress);
        await using var provider = services.BuildServiceProvider();
        var replacement = Guid.NewGuid().ToString();

        provider.GetRequiredService<SecurityTokenCredential>().Update(replacement);
        await provider.GetRequiredService<TransparencyClient>().QueryAsync(ScenarioRunner.DefaultQuery(), CancellationToken.None);

        Assert.Equal(replacement, Assert.Single(route.Requests).Header("SECURITY_TOKEN"));
    }

    [Fact]
    public async Task AddTransparencyClient_AttemptTimeoutBeyondServerCutOff_FailsValidationNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddTransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), o => o.AttemptTimeout = TimeSpan.FromSeconds(301));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<TransparencyClient>());

        Assert.Contains("AttemptTimeout", error.Message, StringComparison.Ordinal);
        Assert.Contains("300 s", error.Message, StringComparison.Ordinal);
    }
}
