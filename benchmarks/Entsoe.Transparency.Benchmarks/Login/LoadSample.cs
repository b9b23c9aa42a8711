namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>
/// One stretch of load: every request's latency (Stopwatch ticks), how long it ran, the CPU time this process (server and
/// load generator) used meanwhile, failed requests.
/// </summary>
internal sealed record LoadSample(long[] Latencies, TimeSpan Elapsed, TimeSpan ProcessCpu, int Failures);
