using System.Diagnostics;

namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>N concurrent request loops for a fixed time; every latency recorded, status other than 200 counted as a failure.</summary>
internal sealed class LoadGenerator(int concurrency, TimeSpan duration)
{
    private readonly HttpClient client = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });

    public async Task<LoadResult> RunAsync(Uri root, string path, ITokenSource? tokens, TimeSpan? length = null)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)((length ?? duration).TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var loops = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(64 * 1024);
            var failures = 0;
            var uri = new Uri(root, path);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                if (tokens?.Next() is { } token)
                {
                    request.Headers.TryAddWithoutValidation("SECURITY_TOKEN", token);
                }

                var sent = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(Stopwatch.GetTimestamp() - sent);
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }

            return (latencies, failures);
        })).ToArray();
        var done = await Task.WhenAll(loops);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = done.SelectMany(d => d.latencies).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))] * 1000.0 / Stopwatch.Frequency;
        return new LoadResult(all.Length / elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99), done.Sum(d => d.failures));
    }
}
