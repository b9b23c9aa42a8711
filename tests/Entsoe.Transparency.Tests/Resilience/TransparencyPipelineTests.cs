using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Resilience;

/// <summary>The pipeline's decisions seen through QueryAsync: what is retried, how long it waits, when it gives up.</summary>
public class TransparencyPipelineTests
{
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
}
