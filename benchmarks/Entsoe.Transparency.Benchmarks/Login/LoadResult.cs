using System.Diagnostics;

namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>
/// One line of the login harness: throughput, median and 99th percentile latency, this process's CPU time per request
/// (which other processes' load hardly moves, unlike throughput: the database's own CPU is not in it), failed requests.
/// </summary>
internal sealed record LoadResult(double PerSecond, double P50Ms, double P99Ms, double CpuMicrosPerRequest, int Failures)
{
    /// <summary>The samples taken together: requests over their summed time, percentiles over every latency.</summary>
    public static LoadResult From(IReadOnlyList<LoadSample> samples)
    {
        var all = samples.SelectMany(s => s.Latencies).Order().ToArray();
        var seconds = samples.Sum(s => s.Elapsed.TotalSeconds);
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(p * all.Length))] * 1000.0 / Stopwatch.Frequency;
        var cpu = samples.Sum(s => s.ProcessCpu.TotalMicroseconds);
        return new LoadResult(all.Length / seconds, Percentile(0.50), Percentile(0.99), all.Length == 0 ? 0 : cpu / all.Length, samples.Sum(s => s.Failures));
    }
}
