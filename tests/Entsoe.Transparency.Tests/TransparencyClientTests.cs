using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests;

public class TransparencyClientTests
{
    [Fact]
    public async Task QueryAsync_PublicationDocument_ReturnsXmlWithRootElement()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Ok, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(TransparencyContentKind.Xml, result.Response!.ContentKind);
        Assert.Equal("Publication_MarketDocument", result.Response.RootElement);
        Assert.Single(result.Requests);
        Assert.Equal(result.Token, result.Requests[0].Header("SECURITY_TOKEN"));
        Assert.Contains("documentType=A44", result.Requests[0].RawTarget, StringComparison.Ordinal);
        Assert.Contains("periodStart=202611262300", result.Requests[0].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_QueryParameterPlacement_SendsTokenInQueryOnly()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Ok, TokenPlacement.QueryParameter);

        Assert.Null(result.Requests[0].Header("SECURITY_TOKEN"));
        Assert.EndsWith("&securityToken=" + result.Token, result.Requests[0].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_MaintenancePageAlways_ThrowsServiceUnavailableAfterBoundedRetries()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Maintenance503, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyServiceUnavailableException>();
        Assert.True(error.IsMaintenance);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(4, result.Requests.Count);
        Assert.Contains("maintenance", error.ResponseExcerpt, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task QueryAsync_Empty503TwiceThenOk_ReturnsDocumentAfterThreeAttempts()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Empty503ThenOk, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(TransparencyContentKind.Xml, result.Response!.ContentKind);
        Assert.Equal(3, result.Requests.Count);
    }

    [Fact]
    public async Task QueryAsync_ConnectionResetOnce_RetriesAndSucceeds()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.ResetThenOk, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Requests.Count);
    }

    [Fact]
    public async Task QueryAsync_ConnectionResetAlways_ThrowsTransparencyExceptionWithInnerCause()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.ResetAlways, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyException>();
        Assert.NotNull(error.InnerException);
        Assert.Null(error.StatusCode);
        Assert.Equal(4, result.Requests.Count);
        Assert.Contains("Could not reach", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_SlowBodyOnce_TimesOutTheAttemptAndRetries()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.SlowBodyThenOk, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Requests.Count);
        Assert.True(result.Requests[1].At - result.Requests[0].At >= TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task QueryAsync_SlowBodyAlways_ThrowsTimeoutAfterBoundedAttempts()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.SlowBodyAlways, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyTimeoutException>();
        Assert.Equal(TimeSpan.FromSeconds(20), error.Timeout);
        Assert.Equal(4, result.Requests.Count);
    }

    [Fact]
    public async Task QueryAsync_RetryAfterSeconds_WaitsAtLeastThatLong()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.RetryAfterSeconds, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Requests.Count);
        Assert.True(result.Requests[1].At - result.Requests[0].At >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task QueryAsync_RetryAfterDate_WaitsUntilThatDate()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.RetryAfterDate, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Requests.Count);
        // The header has whole seconds, so the wait is the 45 s minus at most the sub-second part of the start.
        Assert.True(result.Requests[1].At - result.Requests[0].At >= TimeSpan.FromSeconds(44));
    }

    [Fact]
    public async Task QueryAsync_RetryAfterOfAnHour_IsClampedToMaxRetryAfter()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.RetryAfterClamped, TokenPlacement.Header);

        Assert.Null(result.Error);
        var waited = result.Requests[1].At - result.Requests[0].At;
        Assert.InRange(waited, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120));
    }

    [Fact]
    public async Task QueryAsync_BanWithinBudget_WaitsUntilTheBanEnds()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.BanThenOk, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(2, result.Requests.Count);
        Assert.True(result.Requests[1].At >= result.Requests[0].At.AddMinutes(10));
        Assert.Contains(result.Logs.Entries, e => e.EventId.Id == TransparencyEventIds.BanWait);
    }

    [Fact]
    public async Task QueryAsync_BanBeyondBudget_ThrowsRateLimitedWithBanEnd()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.BanBeyondBudget, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyRateLimitedException>();
        Assert.Equal(result.Requests[0].At.AddHours(2), error.BannedUntil);
        Assert.Equal(error.BannedUntil, error.RetryAt);
        Assert.Single(result.Requests);
        Assert.Contains("total timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_BanWithWaitingOff_ThrowsAtOnce()
    {
        var scenario = Scenarios.BanThenOk with { Configure = o => o.Retry.WaitWhenBanned = false };

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        Assert.Equal(result.Requests[0].At.AddMinutes(10), result.ErrorOf<TransparencyRateLimitedException>().BannedUntil);
        Assert.Single(result.Requests);
    }

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
    public async Task QueryAsync_NoMatchingData_ReturnsEmptyResponse()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.NoData, TokenPlacement.Header);

        Assert.True(result.Response!.IsEmpty);
        Assert.Equal(TransparencyContentKind.NoMatchingData, result.Response.ContentKind);
        Assert.Equal("999", result.Response.Acknowledgement!.Code);
        Assert.StartsWith("No matching data found", result.Response.Acknowledgement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_NoMatchingDataWhenAskedToThrow_ThrowsNoMatchingData()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.NoDataThrows, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyNoMatchingDataException>();
        Assert.StartsWith("No matching data found", error.ReasonText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_QueryOverridesThrowOnNoMatchingData_ReturnsEmptyResponse()
    {
        var scenario = Scenarios.NoDataThrows with { Query = QueryThatReturnsEmpty };

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.True(result.Response!.IsEmpty);
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

    [Fact]
    public async Task QueryAsync_ZipBody_IsDetectedBySignature()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Zip, TokenPlacement.Header);

        Assert.Equal(TransparencyContentKind.Zip, result.Response!.ContentKind);
        using var archive = new System.IO.Compression.ZipArchive(result.Response.OpenRead());
        Assert.Equal("outage.xml", Assert.Single(archive.Entries).FullName);
    }

    [Fact]
    public async Task QueryAsync_CallerCancels_ThrowsOperationCanceledWithoutRetrying()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => ((FaultRoute)ctx.Items[typeof(FaultRoute)]!).HangAsync(ctx.RequestAborted));
        var options = new TransparencyClientOptions { BaseAddress = route.BaseAddress };
        using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);
        using var cancellation = new CancellationTokenSource();

        var call = client.QueryAsync(ScenarioRunner.DefaultQuery(), cancellation.Token);
        await route.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(route.Requests);
    }

    private static TransparencyQuery QueryThatReturnsEmpty()
    {
        var query = ScenarioRunner.DefaultQuery();
        query.ThrowOnNoMatchingData = false;
        return query;
    }

    [Fact]
    public async Task QueryAsync_BodyBeyondMaxResponseBytes_ThrowsWithoutRetrying()
    {
        var scenario = Scenarios.Ok with { Configure = o => o.MaxResponseBytes = 100 };

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyException>();
        Assert.Contains("MaxResponseBytes", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Requests);
    }

    [Fact]
    public async Task QueryAsync_TestDouble_OverridesTheVirtualMethod()
    {
        var expected = new TransparencyResponse(200, TransparencyContentKind.Xml, "Publication_MarketDocument", null, new byte[] { 1 });
        TransparencyClient client = new FixedResponseClient(expected);

        var response = await client.QueryAsync(new TransparencyQuery("A44"), CancellationToken.None);

        Assert.Same(expected, response);
    }

    [Fact]
    public void ToString_Client_ShowsAddressAndPlacementOnly()
    {
        using var client = new TransparencyClient(new SecurityTokenCredential("c0ffee00-1111-4222-8333-444455556666"));

        Assert.Equal("TransparencyClient(https://web-api.tp.entsoe.eu/api, token in Header)", client.ToString());
    }

    private sealed class FixedResponseClient(TransparencyResponse response) : TransparencyClient
    {
        public override Task<TransparencyResponse> QueryAsync(TransparencyQuery query, CancellationToken cancellationToken = default) => Task.FromResult(response);
    }
}
