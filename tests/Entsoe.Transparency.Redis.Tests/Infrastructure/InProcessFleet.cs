using Entsoe.Transparency.Redis.TestHost;

namespace Entsoe.Transparency.Redis.Tests.Infrastructure;

/// <summary>Clients in this process, on a budget behind a <see cref="TcpProxy"/> the test controls.</summary>
internal static class InProcessFleet
{
    /// <summary>
    /// The operation timeout of tests about the shared budget rather than the fallback (as FleetProcess passes its
    /// workers): one stall of a busy two-core machine past the default 500 ms must not make Redis look unavailable.
    /// </summary>
    public static readonly TimeSpan PatientOperationTimeout = TimeSpan.FromSeconds(3);

    public static TransparencyClientOptions Options(Uri api, int limit, TimeSpan window, int burst, Telemetry? telemetry = null)
    {
        var options = new TransparencyClientOptions { BaseAddress = api, LoggerFactory = telemetry, MeterFactory = telemetry, AttemptTimeout = TimeSpan.FromSeconds(5), TotalTimeout = TimeSpan.FromSeconds(30) };
        options.RateLimit.PermitLimit = limit;
        options.RateLimit.Window = window;
        options.RateLimit.Burst = burst;
        return options;
    }

    /// <summary><paramref name="callers"/> concurrent callers, <paramref name="requests"/> each; every request must succeed.</summary>
    public static Task RunAsync(TransparencyClient client, int callers, int requests) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(async _ =>
        {
            for (var i = 0; i < requests; i++)
            {
                await client.QueryAsync(FleetWorker.Query());
            }
        }));
}
