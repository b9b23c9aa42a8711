namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>One line of the login harness: throughput, median and 99th percentile latency, failed requests.</summary>
internal sealed record LoadResult(double PerSecond, double P50Ms, double P99Ms, int Failures);
