using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>Runs a scenario against the real server with a fake clock, capturing everything the client emits.</summary>
internal static class ScenarioRunner
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public static TransparencyQuery DefaultQuery() => new TransparencyQuery("A44")
    {
        PeriodStart = new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero),
        PeriodEnd = new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero),
    }.WithDomain("in_Domain", "10Y1001A1001A82H").WithDomain("out_Domain", "10Y1001A1001A82H");

    public static TransparencyClientOptions TestOptions(FaultRoute route, TokenPlacement placement, FakeTimeProvider clock, ILoggerFactory loggerFactory)
    {
        var options = new TransparencyClientOptions
        {
            BaseAddress = route.BaseAddress,
            TokenPlacement = placement,
            TimeProvider = clock,
            LoggerFactory = loggerFactory,
            AttemptTimeout = TimeSpan.FromSeconds(300),
            TotalTimeout = TimeSpan.FromMinutes(15),
        };
        options.Retry.MaxRetries = 3;
        options.Retry.BaseDelay = TimeSpan.FromSeconds(1);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        return options;
    }

    public static async Task<ScenarioResult> RunAsync(Scenario scenario, TokenPlacement placement, string? token = null)
    {
        token ??= Guid.NewGuid().ToString();
        var clock = new FakeTimeProvider(Start);
        var route = FaultServer.Shared.Register(scenario.Server, clock.GetUtcNow);
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var options = TestOptions(route, placement, clock, loggerFactory);
        scenario.Configure?.Invoke(options);
        var credential = new SecurityTokenCredential(token);
        using var client = new TransparencyClient(credential, options);
        var query = (scenario.Query ?? DefaultQuery)();

        var call = client.QueryAsync(query, CancellationToken.None);
        await TimeDriver.DriveAsync(call, clock, route, scenario.Step ?? TimeSpan.FromSeconds(5));
        TransparencyResponse? response = null;
        Exception? error = null;
        try
        {
            response = await call;
        }
        catch (Exception ex)
        {
            error = ex;
        }

        var texts = new List<string>
        {
            client.ToString(), options.ToString(), options.Retry.ToString(), options.RateLimit.ToString(), credential.ToString(),
            query.ToString(), response?.ToString() ?? string.Empty, response?.Acknowledgement?.ToString() ?? string.Empty,
        };
        if (error is not null)
        {
            texts.Add(error.ToString());
            texts.Add(error.Message);
            if (error is TransparencyException te)
            {
                texts.Add(te.RequestDescription ?? string.Empty);
                texts.Add(te.ResponseExcerpt ?? string.Empty);
            }

            if (error is TransparencyBadRequestException bad)
            {
                texts.Add(bad.ReasonText ?? string.Empty);
            }

            if (error is TransparencyNoMatchingDataException none)
            {
                texts.Add(none.ReasonText ?? string.Empty);
            }
        }

        return new ScenarioResult(response, error, route.Requests, logs, token, Start, texts);
    }
}
