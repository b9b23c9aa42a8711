using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Entsoe.Transparency.Tokens.AspNetCore.Tests.Engines;
using Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests;

/// <summary>
/// A canary token goes through every path (accepted and rehashed, unknown, pass-the-hash, ambiguous) in either
/// placement while every log line at every level, every activity and every metric measurement is captured, and the
/// endpoint dumps its claims and <c>HttpContext.Items</c>: the canary appears in none of them.
/// </summary>
public sealed class LeakCanaryTests
{
    // ASP.NET Core's own "Request starting GET http://host/api?securityToken=..." line (Information) prints the URL as
    // received: a query placement's value is in it whatever an authentication scheme does. docs/login.md says to keep
    // this category at Warning (the templates' default) or to send the header.
    private const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    [Theory]
    [InlineData(Placement.Header)]
    [InlineData(Placement.Query)]
    public async Task Login_EveryPath_CanaryInNoLogActivityMetricClaimOrItem(Placement placement)
    {
        using var keys = new TestKeys();
        var canary = TestKeys.NewToken();
        await using var database = await SqliteAccounts.CreateAsync();
        await database.InsertAsync(1, canary.ToUpperInvariant());
        var captured = new ConcurrentQueue<string>();
        using var activities = ListenToActivities(captured);
        using var meters = ListenToMeters(captured);
        await using var server = await LoginScenarios.StartAsync(database, keys);

        var echo = await server.SendAsync(canary, placement, "echo");
        var accepted = await server.SendAsync(canary, placement);
        // One character changed, never kept: a canary that already ends in '0' would otherwise be sent unchanged (1 in 16).
        var unknown = await server.SendAsync(canary[..^1] + (canary[^1] == '0' ? "1" : "0"), placement);
        var passTheHash = await server.SendAsync("$" + canary, placement);
        var other = TestKeys.NewToken();
        using var ambiguousRequest = new HttpRequestMessage(HttpMethod.Get, $"api?securityToken={(placement == Placement.Query ? canary : other)}");
        ambiguousRequest.Headers.Add(TransparencyTokenDefaults.HeaderName, placement == Placement.Header ? canary : other);
        using var ambiguous = await server.Client.SendAsync(ambiguousRequest);

        Assert.Equal(HttpStatusCode.OK, echo.Status);
        Assert.Equal("1|active_key", accepted.Body);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, passTheHash.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, ambiguous.StatusCode);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == TransparencyTokenEventIds.Rehashed);
        Assert.Contains(captured, line => line.StartsWith("metric entsoe.tokens.logins", StringComparison.Ordinal));
        Assert.Contains(captured, line => line.StartsWith("activity ", StringComparison.Ordinal));
        var texts = new List<(string Where, string Text)>
        {
            ("claims and items", echo.Body),
            ("401 body", unknown.Body),
            ("401 body", passTheHash.Body),
            ("401 body", await ambiguous.Content.ReadAsStringAsync()),
        };
        texts.AddRange(server.Logs.Entries.Where(e => e.Category != HostingCategory).Select(e => ($"log {e.Category}", e.AllText)));
        texts.AddRange(captured.Select(line => ("telemetry", line)));
        foreach (var (where, text) in texts)
        {
            foreach (var form in Forms(canary))
            {
                Assert.False(text.Contains(form, StringComparison.OrdinalIgnoreCase), $"{where} holds the canary: {text}");
            }
        }

        // The one line that has it is ASP.NET Core's request line, and only for the query placement.
        var hosting = server.Logs.Entries.Where(e => e.Category == HostingCategory).Any(e => e.AllText.Contains(canary[..20], StringComparison.OrdinalIgnoreCase));
        Assert.Equal(placement == Placement.Query, hosting);
    }

    private static IEnumerable<string> Forms(string canary) =>
        [canary, canary.Replace("-", string.Empty, StringComparison.Ordinal), canary[..8], canary[^12..]];

    private static ActivityListener ListenToActivities(ConcurrentQueue<string> captured)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => captured.Enqueue(
                $"activity {activity.Source.Name} {activity.DisplayName} {activity.OperationName} "
                + string.Join(",", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                + string.Join(",", activity.Baggage.Select(b => $"{b.Key}={b.Value}"))
                + string.Join(",", activity.Events.Select(e => e.Name + string.Join(",", e.Tags.Select(t => $"{t.Key}={t.Value}"))))),
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static MeterListener ListenToMeters(ConcurrentQueue<string> captured)
    {
        var listener = new MeterListener { InstrumentPublished = (instrument, l) => l.EnableMeasurementEvents(instrument) };
        void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            var text = new List<string>();
            foreach (var tag in tags)
            {
                text.Add($"{tag.Key}={tag.Value}");
            }

            captured.Enqueue($"metric {instrument.Name} {value} {string.Join(",", text)}");
        }

        listener.SetMeasurementEventCallback<long>(Record);
        listener.SetMeasurementEventCallback<double>(Record);
        listener.SetMeasurementEventCallback<int>(Record);
        listener.Start();
        return listener;
    }
}
