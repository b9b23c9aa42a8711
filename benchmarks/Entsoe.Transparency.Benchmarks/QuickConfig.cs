using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace Entsoe.Transparency.Benchmarks;

/// <summary>
/// The configurations. Both add the median and the minimum: on a busy shared machine other processes only ever add
/// time, so the fastest iteration is the one least disturbed and minimum-to-minimum ratios are the steadiest. The
/// quick pass (<c>--quick</c>): one launch, 2 warm-up and 15 measured iterations of about 100 ms each — enough for
/// ratios against a baseline measured in the same run, in a few minutes for every suite. BenchmarkDotNet's
/// <c>--job short</c> (3 iterations) is faster, but its error bars on a busy 2-core machine are too wide to read.
/// </summary>
internal static class QuickConfig
{
    public const string Switch = "--quick";

    public static IConfig Create(bool quick)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance).AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        return quick
            ? config.AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(15)
                .WithIterationTime(TimeInterval.FromMilliseconds(100))
                .WithId("Quick"))
            : config;
    }
}
