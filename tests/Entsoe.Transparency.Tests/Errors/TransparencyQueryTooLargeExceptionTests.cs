using System.Security;
using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Errors;

/// <summary>The "query too large" exception as a caller of <see cref="TransparencyClient.QueryAsync"/> meets it: typed numbers and a message that states them.</summary>
public class TransparencyQueryTooLargeExceptionTests
{
    [Theory]
    [InlineData("The number of instances (149) exceeds the allowed maximum (100).", TransparencyQueryLimit.Instances, "it would return 149 instances and the platform allows 100 instances per response")]
    [InlineData("The amount of requested data exceeds allowed limit. Requested 1234 documents but allowed 100", TransparencyQueryLimit.Documents, "it would return 1234 documents and the platform allows 100 documents per response")]
    [InlineData("Too many documents: requested 204, the maximum is 200.", TransparencyQueryLimit.Documents, "it would return 204 documents and the platform allows 200 documents per response")]
    [InlineData("The amount of requested data exceeds allowed limit.", TransparencyQueryLimit.Documents, "The query asks for too much data. Split the period or narrow the query")]
    [InlineData("Provided time interval (2023-01-01T00:00:00Z - 2024-01-01T00:00:00Z) is larger than maximum allowed period 'P1M' for 'AGGREGATED_GENERATION_PER_TYPE_R3:XML' export.", TransparencyQueryLimit.Period, "longer than the platform allows for this data item: 365 days asked, at most P1M")]
    [InlineData("The requested period exceeds the allowed maximum of 30 days.", TransparencyQueryLimit.Period, "longer than the platform allows for this data item: at most P30D")]
    public async Task QueryAsync_TooLargeWording_MessageStatesTheNumbersAndTheReason(string text, TransparencyQueryLimit limit, string expected)
    {
        var scenario = new Scenario("400 too large", (ctx, _, _) => Refuse(ctx, text), 1);

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyQueryTooLargeException>();
        Assert.Equal(limit, error.Limit);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.Equal("999", error.ReasonCode);
    }

    [Fact]
    public async Task QueryAsync_InstancesWording_CarriesTheCounts()
    {
        var scenario = new Scenario("400 instances", (ctx, _, _) => Refuse(ctx, "The number of instances (149) exceeds the allowed maximum (100)."), 1);

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.QueryParameter);

        var error = result.ErrorOf<TransparencyQueryTooLargeException>();
        Assert.Equal(149, error.RequestedCount);
        Assert.Equal(100, error.AllowedCount);
        Assert.Null(error.AllowedPeriod);
        Assert.Null(error.RequestedPeriod);
        Assert.All(result.PublicTexts, t => Assert.DoesNotContain(result.Token, t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task QueryAsync_PeriodWording_CarriesThePeriods()
    {
        var scenario = new Scenario(
            "400 period",
            (ctx, _, _) => Refuse(ctx, "Provided time interval (2021-12-30T23:00Z[UTC] - 2023-01-01T23:00Z[UTC]) is larger than maximum allowed period 'P1Y' for 'ENERGY_PRICES:XML' export."),
            1);

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyQueryTooLargeException>();
        Assert.Equal(TransparencyQueryLimit.Period, error.Limit);
        Assert.Equal(TimeSpan.FromDays(367), error.RequestedPeriod);
        Assert.Equal("P1Y", error.AllowedPeriod);
        Assert.Null(error.RequestedCount);
        Assert.Null(error.AllowedCount);
    }

    private static async Task Refuse(Microsoft.AspNetCore.Http.HttpContext ctx, string text)
    {
        ctx.Response.StatusCode = 400;
        ctx.Response.ContentType = "text/xml";
        await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Bodies.Acknowledgement("999", SecurityElement.Escape(text)!)));
    }
}
