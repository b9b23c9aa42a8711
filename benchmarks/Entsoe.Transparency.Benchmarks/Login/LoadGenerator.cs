using System.Diagnostics;

namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>N concurrent request loops for a fixed time; every latency recorded, status other than 200 counted as a failure.</summary>
internal sealed class LoadGenerator(int concurrency, TimeSpan duration)
{
    /// <summary>How many baseline/endpoint slice pairs a <see cref="PairedAsync"/> line is cut into.</summary>
    private const int Slices = 5;

    private readonly HttpClient client = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });

    /// <summary>
    /// The endpoint at <paramref name="path"/> and the baseline at <paramref name="baselinePath"/>, in alternating slices of
    /// a fifth of the line's time each: on a shared machine whose load swings within seconds, both then see the same load,
    /// where two lines measured one after the other would not.
    /// </summary>
    public async Task<(LoadResult Endpoint, LoadResult Baseline)> PairedAsync(Uri root, string path, ITokenSource tokens, string baselinePath)
    {
        var slice = duration / Slices;
        var endpoint = new List<LoadSample>(Slices);
        var baseline = new List<LoadSample>(Slices);
        for (var i = 0; i < Slices; i++)
        {
            baseline.Add(await SampleAsync(root, baselinePath, null, slice));
            endpoint.Add(await SampleAsync(root, path, tokens, slice));
        }

        return (LoadResult.From(endpoint), LoadResult.From(baseline));
    }

    public async Task<LoadResult> RunAsync(Uri root, string path, ITokenSource? tokens, TimeSpan? length = null) =>
        LoadResult.From([await SampleAsync(root, path, tokens, length ?? duration)]);

    private async Task<LoadSample> SampleAsync(Uri root, string path, ITokenSource? tokens, TimeSpan length)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
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
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new LoadSample([.. done.SelectMany(d => d.latencies)], elapsed, cpu, done.Sum(d => d.failures));
    }
}
