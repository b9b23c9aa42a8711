using Entsoe.Transparency.Migrator.Progress;
using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Migrator.Tests.Progress;

public sealed class ProgressReporterTests
{
    [Fact]
    public void Report_OnATerminal_RedrawsAtMostTwiceASecond()
    {
        var time = new FakeTimeProvider();
        var error = new StringWriter();
        var progress = new ProgressReporter(error, terminal: true, time, "migrate", total: 100_000);

        for (var i = 1; i <= 100; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            progress.Report(i * 1_000);
        }

        // 10 seconds of reports every 100 ms: one redraw per 500 ms.
        Assert.Equal(20, error.ToString().Count(c => c == '\r'));
        Assert.Contains("[", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Redirected_WritesPlainLinesEveryFiveSeconds()
    {
        var time = new FakeTimeProvider();
        var error = new StringWriter();
        var progress = new ProgressReporter(error, terminal: false, time, "migrate", total: 100_000);

        for (var i = 1; i <= 100; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            progress.Report(i * 1_000);
        }

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("\r", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_HalfwayAfterTenSeconds_ShowsRateAndEta()
    {
        var progress = new ProgressReporter(new StringWriter(), terminal: false, new FakeTimeProvider(), "migrate", total: 1_000_000);

        var line = progress.Format(500_000, TimeSpan.FromSeconds(10));

        Assert.Equal("migrate: 500,000/1,000,000 rows (50.0%), 50,000 rows/s, ETA 00:00:10", line);
    }
}
