using System.Diagnostics;
using System.Globalization;

namespace Entsoe.Transparency.Redis.TestHost;

/// <summary>
/// <c>permit-cost [--requests N]</c>: what the shared permit adds to a request. One loopback platform, two clients with
/// limits so high that neither ever waits: one on the local limiter alone, one with the Redis budget of
/// <c>TOOLKIT_REDIS</c> on top. Requests alternate between them (same run, same load), each timed from call to
/// response; printed: p50, p90, p99 of each, of the difference, and of a bare StackExchange.Redis <c>PING</c> timed in
/// the same loop (the floor of any call to Redis on this machine at this moment).
/// </summary>
internal static class PermitCost
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> args)
    {
        var requests = args.TryGetValue("requests", out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : 20_000;
        await using var platform = await LoopbackPlatform.StartAsync();
        using var local = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), Options(platform.Api));
        var sharedOptions = Options(platform.Api);
        using var budget = sharedOptions.UseRedisRateBudget(Environment.GetEnvironmentVariable("TOOLKIT_REDIS")!, r => r.KeyPrefix = "permit-cost-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        using var shared = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), sharedOptions);
        var query = FleetWorker.Query();
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(Environment.GetEnvironmentVariable("TOOLKIT_REDIS")!);
        var database = redis.GetDatabase();

        // Warm-up: JIT, connections, the script cache.
        for (var i = 0; i < 500; i++)
        {
            await local.QueryAsync(query);
            await shared.QueryAsync(query);
            await database.PingAsync();
        }

        var pingTimes = new double[requests];
        var localTimes = new double[requests];
        var sharedTimes = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await local.QueryAsync(query);
            localTimes[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            started = Stopwatch.GetTimestamp();
            await shared.QueryAsync(query);
            sharedTimes[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            started = Stopwatch.GetTimestamp();
            await database.PingAsync();
            pingTimes[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        Array.Sort(localTimes);
        Array.Sort(sharedTimes);
        Array.Sort(pingTimes);
        Console.WriteLine($"requests per client: {requests}");
        Console.WriteLine("| percentile | local limiter (µs) | local + Redis budget (µs) | added (µs) | bare Redis PING (µs) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var p in new[] { 0.50, 0.90, 0.99 })
        {
            var l = localTimes[(int)(p * (requests - 1))];
            var s = sharedTimes[(int)(p * (requests - 1))];
            var ping = pingTimes[(int)(p * (requests - 1))];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| p{p * 100:0} | {l:0} | {s:0} | {s - l:0} | {ping:0} |"));
        }

        return 0;
    }

    private static TransparencyClientOptions Options(Uri api)
    {
        var options = new TransparencyClientOptions { BaseAddress = api };
        options.RateLimit.PermitLimit = 10_000_000;
        options.RateLimit.Window = TimeSpan.FromSeconds(1);
        options.RateLimit.Burst = 10_000_000;
        return options;
    }
}
