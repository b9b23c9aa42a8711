using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Tests.Queries.Splitting;

/// <summary><see cref="TransparencyClient.QueryAllAsync"/> against the real server on 127.0.0.1.</summary>
public class QueryAllAsyncTests
{
    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task QueryAllAsync_TwoYearsWithAnEmptyYear_SendsOneRequestPerYearAndNeverLeaksTheToken(TokenPlacement placement)
    {
        var token = Guid.NewGuid().ToString();
        var route = FaultServer.Shared.Register(async (ctx, _, _) =>
        {
            var target = ctx.Features.Get<IHttpRequestFeature>()!.RawTarget;
            var empty = target.Contains("periodStart=202501010000", StringComparison.Ordinal);
            ctx.Response.StatusCode = 200;
            ctx.Response.ContentType = "text/xml";
            await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(empty ? Bodies.NoMatchingData : Bodies.Publication));
        });
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        using var client = new TransparencyClient(
            new SecurityTokenCredential(token),
            new TransparencyClientOptions { BaseAddress = route.BaseAddress, TokenPlacement = placement, LoggerFactory = loggerFactory, ThrowOnNoMatchingData = true });
        var query = new TransparencyQuery("A65")
        {
            ProcessType = "A16",
            PeriodStart = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
            PeriodEnd = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        }.WithDomain("outBiddingZone_Domain", TransparencyAreas.Nl);

        var responses = new List<TransparencyResponse>();
        await foreach (var response in client.QueryAllAsync(query, CancellationToken.None))
        {
            responses.Add(response);
        }

        Assert.Single(responses);
        Assert.Equal("Publication_MarketDocument", responses[0].RootElement);
        Assert.Equal(2, route.Requests.Count);
        Assert.Contains("periodStart=202401010000&periodEnd=202501010000", route.Requests[0].RawTarget, StringComparison.Ordinal);
        Assert.Contains("periodStart=202501010000&periodEnd=202601010000", route.Requests[1].RawTarget, StringComparison.Ordinal);
        Assert.All(route.Requests, r => Assert.Contains("outBiddingZone_Domain=10YNL----------L", r.RawTarget, StringComparison.Ordinal));
        Assert.DoesNotContain(token, logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(token, query.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void QueryAllAsync_QueryWithoutPeriod_ThrowsAtTheCall()
    {
        using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()));

        var error = Assert.Throws<ArgumentException>(() => client.QueryAllAsync(new TransparencyQuery("A65")));

        Assert.Contains("PeriodStart and PeriodEnd", error.Message, StringComparison.Ordinal);
    }
}
