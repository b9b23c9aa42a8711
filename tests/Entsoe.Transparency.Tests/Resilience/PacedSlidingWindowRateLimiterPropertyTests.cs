using Entsoe.Transparency.Benchmarks.RateLimit;
using Xunit.Abstractions;

namespace Entsoe.Transparency.Tests.Resilience;

/// <summary>
/// The arrival guarantee as a property: whatever the attempts' lengths, outcomes and concurrency, and wherever inside
/// its attempt each request reaches the platform, no closed window holds more than the limit. Counts only, on a fake
/// clock.
/// </summary>
public class PacedSlidingWindowRateLimiterPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void AcquireAsync_RandomAttemptsAndArrivals_NoWindowOfArrivalsAboveTheLimit()
    {
        var worst = 0.0;
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var permitLimit = random.Next(1, 31);
            var settings = new LimiterSimulation.Settings(
                permitLimit,
                TimeSpan.FromMilliseconds(random.Next(500, 10_001)),
                random.Next(1, permitLimit + 1),
                random.Next(1, 13),
                random.Next(1, 13),
                TimeSpan.FromMilliseconds(random.Next(0, 6_001)),
                random.NextDouble() < 0.5);
            var callers = settings.Callers;
            settings = settings with { RequestsPerCaller = Math.Min(settings.RequestsPerCaller, Math.Max(1, 8 * permitLimit / callers)) };

            var result = LimiterSimulation.Run(settings, seed);

            var densest = SlidingWindow.Densest([.. result.Arrivals.Select(t => t.Ticks)], settings.Window.Ticks);
            Assert.True(result.AllDone, $"seed {seed}: callers still waiting after {result.Elapsed} ({settings})");
            Assert.Equal(settings.Callers * settings.RequestsPerCaller, result.Completed);
            Assert.True(densest <= permitLimit, $"seed {seed}: {densest} arrivals in one window, limit {permitLimit} ({settings})");
            worst = Math.Max(worst, densest / (double)permitLimit);
        }

        output.WriteLine($"densest window over all seeds: {worst:P0} of the limit");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AcquireAsync_WorkAlwaysQueued_GrantsAtLeast90PercentOfTheLimitOverHalfAnHour(int seed)
    {
        // The platform's limit; attempts up to 2 s (1 s on average), forty callers that never run out of work.
        var settings = new LimiterSimulation.Settings(400, TimeSpan.FromSeconds(60), 10, 40, int.MaxValue, TimeSpan.FromSeconds(2), false);
        var span = TimeSpan.FromMinutes(30);

        var result = LimiterSimulation.Run(settings, seed, span);

        var limit = 400 * span.TotalMinutes;
        var densest = SlidingWindow.Densest([.. result.Arrivals.Select(t => t.Ticks)], settings.Window.Ticks);
        output.WriteLine($"seed {seed}: {result.Grants} grants in {span} = {result.Grants / limit:P1} of the limit; densest window {densest}");
        Assert.True(result.Grants >= 0.9 * limit, $"{result.Grants} grants, limit {limit}");
        Assert.True(densest <= 400, $"{densest} arrivals in one window");
    }
}
