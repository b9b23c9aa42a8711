using System.Globalization;
using System.Security.Cryptography;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>
/// <c>login [--seconds N] [--concurrency N] [--rows N] [--only TEXT]</c> (only the lines whose name holds TEXT, to profile one): requests/s and latency of one Kestrel endpoint on 127.0.0.1
/// behind the <c>TransparencyToken</c> scheme on PostgreSQL (<c>TOOLKIT_POSTGRES</c>), against the same endpoint with no
/// authentication, each line alternating with that baseline in slices, in one run: clients whose rows are active-key, plaintext or older-key (rehashed by their first
/// request), with the login cache on and off; first logins only (each request a row of its own, looked up, verified and
/// rehashed); plaintext with rehash off; and the lookup's round trip alone. The endpoint is the sample platform's data
/// endpoint. The load comes from the same process (HttpClient, N concurrent loops), so client and server share the cores.
/// </summary>
public static class LoginHarness
{
    /// <summary>The cache lifetime of the "cache on" lines: short, as docs/login.md recommends.</summary>
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = 5;
        var concurrency = 16;
        var rows = 200_000;
        string? only = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--only")
            {
                only = args[i + 1];
                continue;
            }

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
            await using var cached = await LoginBenchServer.StartAsync(ring, connectionString, target, rehash: true, CacheDuration);
            await using var uncached = await LoginBenchServer.StartAsync(ring, connectionString, target, rehash: true, TimeSpan.Zero);
            await using var withoutRehash = await LoginBenchServer.StartAsync(ring, connectionString, target, rehash: false, TimeSpan.Zero);
            var load = new LoadGenerator(concurrency, TimeSpan.FromSeconds(seconds));

            // Warm-up of every server: JIT (tiered compilation), connection pools, prepared statements on every pooled
            // connection, so that the first baseline line is not measured on colder code than the last.
            foreach (var server in new[] { cached, uncached, withoutRehash })
            {
                await load.RunAsync(server.Root, LoginBenchServer.OpenPath, null, TimeSpan.FromSeconds(2));
                await load.RunAsync(server.Root, LoginBenchServer.AuthenticatedPath, new Cycle(sets.Warm), TimeSpan.FromSeconds(2));
            }

            // A client sends its token again and again: one client per request loop, each with a token of its own, whose
            // row is plaintext, hashed with the active key or with an older key when the run starts. Its first request
            // rehashes the row; the rest are active-key logins. The "first login" lines make every request a new row.
            // Every line alternates with the unauthenticated endpoint of the same server (LoadGenerator.PairedAsync).
            var clients = concurrency * 4;
            var lines = new (string Name, LoginBenchServer Server, ITokenSource Tokens)[]
            {
                ("active-key rows, cache on", cached, new Cycle(sets.Active[..clients])),
                ("plaintext rows (rehashed on first use), cache on", cached, new Cycle(sets.Plaintext[..clients])),
                ("older-key rows (rehashed on first use), cache on", cached, new Cycle(sets.Older[..clients])),
                ("active-key rows, 10,000 tokens, cache on", cached, new Cycle(sets.Active)),
                ("active-key rows, cache off", uncached, new Cycle(sets.Active[clients..(2 * clients)])),
                ("plaintext row, first login of each (rehash)", uncached, new Once(sets.Plaintext[clients..])),
                ("older-key row, first login of each (rehash)", uncached, new Once(sets.Older[clients..])),
                ("plaintext rows, rehash off, cache off", withoutRehash, new Cycle(sets.PlaintextNoRehash)),
            };
            var results = new List<(string Name, LoadResult Endpoint, LoadResult Baseline)>();
            foreach (var (name, server, tokens) in lines)
            {
                if (only is not null && !name.Contains(only, StringComparison.Ordinal))
                {
                    continue;
                }

                var (endpoint, baseline) = await load.PairedAsync(server.Root, LoginBenchServer.AuthenticatedPath, tokens, LoginBenchServer.OpenPath);
                results.Add((name, endpoint, baseline));
            }

            var lookupMicros = await table.LookupRoundTripMicrosAsync(hasher, sets.Active[0]);
            Print(results, seconds, concurrency, rows, lookupMicros);
            return results.Any(r => r.Endpoint.Failures + r.Baseline.Failures > 0) ? 1 : 0;
        }
        finally
        {
            await table.DropAsync();
        }
    }

    private static void Print(List<(string Name, LoadResult Endpoint, LoadResult Baseline)> results, int seconds, int concurrency, int rows, (double Held, double Pooled, double PooledNoReset) lookupMicros)
    {
        Console.WriteLine($"login harness: PostgreSQL, {concurrency} concurrent requests, {seconds} s per line (alternating with the baseline: {2 * seconds} s), {rows:N0} rows per kind, cache {CacheDuration.TotalSeconds:0} s, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine("| endpoint | requests/s | baseline req/s | ratio | p50 ms | p99 ms | baseline p99 ms | p99 added ms | CPU µs/req | baseline CPU µs/req | failures |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, r, b) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {r.PerSecond:N0} | {b.PerSecond:N0} | {r.PerSecond / b.PerSecond:0.00}× | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {b.P99Ms:0.00} | {r.P99Ms - b.P99Ms:0.00} | {r.CpuMicrosPerRequest:0} | {b.CpuMicrosPerRequest:0} | {r.Failures + b.Failures} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lookup statement alone, serial, prepared: {lookupMicros.Held:0} µs per round trip on one open connection, {lookupMicros.Pooled:0} µs taking a pooled connection per statement, {lookupMicros.PooledNoReset:0} µs with No Reset On Close"));
    }
}
