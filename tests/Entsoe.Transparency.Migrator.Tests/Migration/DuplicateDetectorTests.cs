using Entsoe.Transparency.Migrator.Migration;

namespace Entsoe.Transparency.Migrator.Tests.Migration;

public sealed class DuplicateDetectorTests
{
    [Fact]
    public void FindRepeatedPrefixes_AcrossSpilledRuns_FindsEveryRepeatAndNothingElse()
    {
        var spills = 0;
        using var detector = new DuplicateDetector(chunkSize: 64, () =>
        {
            spills++;
            return new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
        });
        for (ulong i = 0; i < 1_000; i++)
        {
            detector.Add(i * 7919);
        }

        detector.Add(13 * 7919);
        detector.Add(999 * 7919);
        detector.Add(999 * 7919);

        var repeated = detector.FindRepeatedPrefixes();

        Assert.True(spills > 10);
        Assert.Equal(new HashSet<ulong> { 13 * 7919, 999 * 7919 }, repeated);
    }

    [Theory]
    [InlineData(50, 64)] // never spills: the in-memory chunk alone
    [InlineData(300, 64)] // 4 runs and the chunk: merged by comparing heads
    [InlineData(1_000, 64)] // 15 runs: merged by a heap
    [InlineData(3_000, 64)] // 46 runs: merged by a heap
    [InlineData(3_001, 3_000)] // one full run and one value in memory
    public void FindRepeatedPrefixes_RandomValues_MatchesACountOfEveryValue(int count, int chunkSize)
    {
        var random = new Random(count);
        var values = new List<ulong>(count);
        for (var i = 0; i < count; i++)
        {
            // A small range, so some values repeat (some three times or more) and most do not.
            values.Add((ulong)random.NextInt64(0, count * 4L) * 0x9E3779B97F4A7C15UL);
        }

        using var detector = new DuplicateDetector(chunkSize, () =>
            new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose));
        foreach (var value in values)
        {
            detector.Add(value);
        }

        var expected = values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, detector.FindRepeatedPrefixes());
    }

    [Fact]
    public void FindRepeatedPrefixes_SpillFailed_ThrowsTheSpillsErrorAndDisposeStillCloses()
    {
        var created = new List<FileStream>();
        var detector = new DuplicateDetector(chunkSize: 64, () =>
        {
            if (created.Count == 2)
            {
                throw new IOException("No space left on device : '/tmp/run'");
            }

            var run = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
            created.Add(run);
            return run;
        });
        for (ulong i = 0; i <= 64 * 3; i++)
        {
            detector.Add(i);
        }

        var error = Assert.Throws<IOException>(() => detector.FindRepeatedPrefixes());
        detector.Dispose();

        Assert.Contains("No space left", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, created.Count);
        Assert.All(created, run => Assert.False(run.CanRead));
    }

    [Theory]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("")]
    [InlineData("$sha256$short")]
    public void TryGetPrefix_NotAStoredHash_ReturnsFalse(string value)
    {
        Assert.False(DuplicateDetector.TryGetPrefix(value, out _));
    }
}
