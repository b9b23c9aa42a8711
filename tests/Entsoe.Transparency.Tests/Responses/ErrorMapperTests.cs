using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Responses;

/// <summary>Refusals mapped to typed exceptions, seen through QueryAsync.</summary>
public class ErrorMapperTests
{
    [Fact]
    public async Task QueryAsync_Unauthorized_ThrowsAuthenticationWithWhereToGenerateANewToken()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Unauthorized, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyAuthenticationException>();
        Assert.Equal(401, error.StatusCode);
        Assert.Contains("My Account Settings", error.Message, StringComparison.Ordinal);
        Assert.Contains("Generate a new token", error.Message, StringComparison.Ordinal);
        Assert.Contains("Generate and overwrite", error.Message, StringComparison.Ordinal);
        Assert.False(error.TokenUpdatedSinceSent);
        Assert.Single(result.Requests);
    }

    [Fact]
    public async Task QueryAsync_UnauthorizedWithNoMatchingDataCode_ThrowsAuthenticationNotEmptyResult()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.UnauthorizedAcknowledgement, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyAuthenticationException>();
        Assert.Equal(401, error.StatusCode);
        Assert.Contains("Generate a new token", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Requests);
    }

    [Fact]
    public async Task QueryAsync_UnauthorizedAcknowledgement_KeepsTheServersReason()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.UnauthorizedAcknowledgement, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyAuthenticationException>();
        Assert.Equal("999", error.ReasonCode);
        Assert.Equal("Authentication failed.", error.ReasonText);
        Assert.Contains("The server says: \"Authentication failed.\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_UnauthorizedHtmlPage_HasNoReason()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Unauthorized, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyAuthenticationException>();
        Assert.Null(error.ReasonCode);
        Assert.Null(error.ReasonText);
    }

    [Fact]
    public async Task QueryAsync_BadRequestAcknowledgement_ThrowsBadRequestWithReason()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.BadRequest, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyBadRequestException>();
        Assert.Equal("999", error.ReasonCode);
        Assert.Equal("Mandatory parameter 'in_Domain' is missing.", error.ReasonText);
        Assert.Contains("in_Domain", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Requests);
    }

    [Fact]
    public async Task QueryAsync_VeryLongReason_MessageQuotesATruncatedReason()
    {
        var scenario = Scenarios.BadRequest with
        {
            Server = (ctx, _, _) =>
            {
                ctx.Response.StatusCode = 400;
                return ctx.Response.Body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Bodies.Acknowledgement("999", new string('r', 5000)))).AsTask();
            },
        };

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyBadRequestException>();
        Assert.InRange(error.Message.Length, 300, 1000);
        Assert.Contains("…", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_TooLargeAcknowledgement_ThrowsQueryTooLargeWithCounts()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.TooLarge, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyQueryTooLargeException>();
        Assert.Equal(1234, error.RequestedCount);
        Assert.Equal(100, error.AllowedCount);
        Assert.Single(result.Requests);
    }

    [Fact]
    public async Task QueryAsync_NotFound_ThrowsEndpointNotFoundNamingTheBaseAddress()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.NotFound, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyEndpointNotFoundException>();
        Assert.NotNull(error.BaseAddress);
        Assert.Contains(error.BaseAddress!.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Requests);
    }
}
