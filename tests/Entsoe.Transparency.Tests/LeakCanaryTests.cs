using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests;

/// <summary>
/// Runs every fault scenario in both placement modes with a canary token, HttpClient's URI redaction switched off
/// (see <see cref="TestSetup"/>), and searches everything the SDK emits for the canary: every log line at Trace
/// with its structured values, every exception's <c>ToString()</c> and properties, the <c>ToString()</c> of every
/// public type involved, and every metric tag. The canary may appear only where the platform needs it.
/// </summary>
public class LeakCanaryTests
{
    public static TheoryData<string, TokenPlacement> Matrix()
    {
        var data = new TheoryData<string, TokenPlacement>();
        foreach (var scenario in Scenarios.All)
        {
            data.Add(scenario.Name, TokenPlacement.Header);
            data.Add(scenario.Name, TokenPlacement.QueryParameter);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task QueryAsync_EveryScenarioAndPlacement_CanaryOnlyInWhatTheServerNeeds(string scenarioName, TokenPlacement placement)
    {
        var canary = "c4a7a2e1-" + Guid.NewGuid().ToString()[9..];
        using var telemetry = new TelemetryCapture();

        var result = await ScenarioRunner.RunAsync(Scenarios.Named(scenarioName), placement, canary);

        Assert.NotEmpty(result.Logs.Entries);
        Assert.DoesNotContain(canary, result.Logs.AllText, StringComparison.OrdinalIgnoreCase);
        Assert.All(result.PublicTexts, text => Assert.DoesNotContain(canary, text, StringComparison.OrdinalIgnoreCase));
        Assert.All(telemetry.Measurements, text => Assert.DoesNotContain(canary, text, StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(result.Requests);
        foreach (var request in result.Requests)
        {
            if (placement == TokenPlacement.Header)
            {
                Assert.Equal(canary, request.Header("SECURITY_TOKEN"));
                Assert.DoesNotContain(canary, request.RawTarget, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                Assert.Null(request.Header("SECURITY_TOKEN"));
                Assert.EndsWith("securityToken=" + canary, request.RawTarget, StringComparison.Ordinal);
                Assert.All(request.Headers.Values, value => Assert.DoesNotContain(canary, value, StringComparison.OrdinalIgnoreCase));
            }
        }

        if (placement == TokenPlacement.Header)
        {
            // In header mode even the runtime's own HTTP traces, with URI redaction off, never see the token.
            Assert.All(telemetry.Traces, text => Assert.DoesNotContain(canary, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task RuntimeTraces_QueryPlacementWithUriRedactionOff_ShowTheUrl()
    {
        // Proves the switch is really off in these tests, so the SDK's own redaction is what the matrix above
        // measures; it is also why the documentation recommends header placement.
        var canary = "c4a7a2e1-" + Guid.NewGuid().ToString()[9..];
        using var telemetry = new TelemetryCapture();

        var result = await ScenarioRunner.RunAsync(Scenarios.Ok, TokenPlacement.QueryParameter, canary);

        Assert.Null(result.Error);
        Assert.Contains(telemetry.Traces, text => text.Contains(canary, StringComparison.Ordinal));
    }
}
