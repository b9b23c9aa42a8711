using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Entsoe.Transparency.Redis.TestHost;

/// <summary>
/// <c>worker --api URL --callers N --requests M --limit L --window-ms W --burst B --prefix P [--egress E]
/// [--fail-fast] [--operation-timeout-ms T]</c>: one process of a fleet. Its token comes from <c>FLEET_TOKEN</c> and Redis from
/// <c>TOOLKIT_REDIS</c> (never from arguments, which other users of the machine can read). The client comes from
/// dependency injection, as a service would have it, with a handler that stamps when each request is sent. N callers
/// share it and send M requests each; one line on standard output says how they ended.
/// </summary>
internal static class FleetWorker
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> args)
    {
        var services = new ServiceCollection();
        services.AddTransparencyClient(new SecurityTokenCredential(Environment.GetEnvironmentVariable("FLEET_TOKEN")!), options =>
        {
            options.BaseAddress = new Uri(args["api"]);
            options.RateLimit.PermitLimit = Int(args, "limit");
            options.RateLimit.Window = TimeSpan.FromMilliseconds(Int(args, "window-ms"));
            options.RateLimit.Burst = Int(args, "burst");
            options.Retry.WaitWhenBanned = !args.ContainsKey("fail-fast");
            options.TotalTimeout = TimeSpan.FromMinutes(2);
        }).UseRedisRateBudget(Environment.GetEnvironmentVariable("TOOLKIT_REDIS")!, r =>
        {
            r.KeyPrefix = args["prefix"];
            r.EgressScope = args.GetValueOrDefault("egress");
            r.InFlightTimeout = TimeSpan.FromSeconds(30);
            if (args.ContainsKey("operation-timeout-ms"))
            {
                r.OperationTimeout = TimeSpan.FromMilliseconds(Int(args, "operation-timeout-ms"));
            }
        });
        services.AddHttpClient(TransparencyServiceCollectionExtensions.HttpClientName).AddHttpMessageHandler(() => new SentAtHandler());
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TransparencyClient>();
        var query = Query();
        var succeeded = 0;
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var requests = Int(args, "requests");
        await Task.WhenAll(Enumerable.Range(0, Int(args, "callers")).Select(async _ =>
        {
            for (var i = 0; i < requests; i++)
            {
                try
                {
                    await client.QueryAsync(query);
                    Interlocked.Increment(ref succeeded);
                }
                catch (TransparencyException ex)
                {
                    errors.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
                }
            }
        }));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"succeeded={succeeded} errors={string.Join(',', errors.Select(e => $"{e.Key}:{e.Value}"))}"));
        return 0;
    }

    internal static TransparencyQuery Query() => new TransparencyQuery("A44")
    {
        PeriodStart = new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero),
        PeriodEnd = new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero),
    }.WithDomain("in_Domain", "10Y1001A1001A82H").WithDomain("out_Domain", "10Y1001A1001A82H");

    private static int Int(IReadOnlyDictionary<string, string> args, string name) => int.Parse(args[name], NumberStyles.None, CultureInfo.InvariantCulture);
}
