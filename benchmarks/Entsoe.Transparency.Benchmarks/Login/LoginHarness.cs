using System.Globalization;
using System.Security.Cryptography;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>
/// <c>login [--seconds N] [--concurrency N] [--rows N]</c>: requests/s and latency of one Kestrel endpoint on 127.0.0.1
/// behind the <c>TransparencyToken</c> scheme on PostgreSQL (<c>TOOLKIT_POSTGRES</c>), against the same endpoint with no
/// authentication, in one run: active-key rows (tokens reused), plaintext rows and older-key rows (each request a row of
/// its own, so every one is looked up, verified and rehashed), plaintext with rehash off, and the lookup's round trip
/// alone. The load comes from the same process (HttpClient, N concurrent loops), so client and server share the cores.
/// </summary>
public static class LoginHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = 5;
        var concurrency = 16;
        var rows = 200_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--seconds": seconds = value; break;
                case "--concurrency": concurrency = value; break;
                case "--rows": rows = value; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var connectionString = Environment.GetEnvironmentVariable("TOOLKIT_POSTGRES");
        if (string.IsNullOrEmpty(connectionString))
        {
            Console.Error.WriteLine("login needs TOOLKIT_POSTGRES (an Npgsql connection string).");
            return 2;
        }

        using var older = TokenKeyRing.Generate("k2025");
        using var ring = older.Rotate("k2026");
        using var olderHasher = TokenHasher.Create(older);
        using var hasher = TokenHasher.Create(ring);
        var schema = $"login_bench_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        var table = new LoginBenchTable(connectionString, schema);
        var sets = await table.CreateAsync(rows, hasher, olderHasher);
        try
        {
            var target = TableTarget.Create(schema, "accounts", "id", "token", null);
            await using var withRehash = await LoginBenchServer.StartAsync(ring, connectionString, target, rehash: true);
            await using var withoutRehash = await LoginBenchServer.StartAsync(ring, connectionString, target, rehash: false);
            var load = new LoadGenerator(concurrency, TimeSpan.FromSeconds(seconds));

            // Warm-up: JIT, connection pools, prepared statements on every pooled connection.
            await load.RunAsync(withRehash.Root, "open", null, TimeSpan.FromSeconds(2));
            await load.RunAsync(withRehash.Root, "api", new Cycle(sets.Active), TimeSpan.FromSeconds(2));

            var results = new List<(string Name, LoadResult Result)>
            {
                ("no authentication (baseline)", await load.RunAsync(withRehash.Root, "open", null)),
                ("active-key row", await load.RunAsync(withRehash.Root, "api", new Cycle(sets.Active))),
                ("plaintext row, rehashed", await load.RunAsync(withRehash.Root, "api", new Once(sets.Plaintext))),
                ("older-key row, rehashed", await load.RunAsync(withRehash.Root, "api", new Once(sets.Older))),
                ("plaintext row, rehash off", await load.RunAsync(withoutRehash.Root, "api", new Cycle(sets.PlaintextNoRehash))),
                ("no authentication (again)", await load.RunAsync(withRehash.Root, "open", null)),
            };
            var lookupMicros = await table.LookupRoundTripMicrosAsync(hasher, sets.Active[0]);
            Print(results, seconds, concurrency, rows, lookupMicros);
            return results.Any(r => r.Result.Failures > 0) ? 1 : 0;
        }
        finally
        {
            await table.DropAsync();
        }
    }

    private static void Print(List<(string Name, LoadResult Result)> results, int seconds, int concurrency, int rows, double lookupMicros)
    {
        var baseline = results[0].Result;
        Console.WriteLine($"login harness: PostgreSQL, {concurrency} concurrent requests, {seconds} s per line, {rows:N0} rows per kind, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine("| endpoint | requests/s | ratio | p50 ms | p99 ms | p99 added ms | failures |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, r) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {r.PerSecond:N0} | {r.PerSecond / baseline.PerSecond:0.00}× | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.P99Ms - baseline.P99Ms:0.00} | {r.Failures} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lookup statement alone (one connection, serial, prepared): {lookupMicros:0} µs per round trip"));
    }
}
