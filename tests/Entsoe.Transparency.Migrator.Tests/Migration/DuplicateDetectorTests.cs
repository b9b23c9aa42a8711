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
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("")]
    [InlineData("$sha256$short")]
    public void TryGetPrefix_NotAStoredHash_ReturnsFalse(string value)
    {
        Assert.False(DuplicateDetector.TryGetPrefix(value, out _));
    }
}
