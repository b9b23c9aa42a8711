using System.Globalization;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// The same N UUID v4 tokens every time (a seeded generator, not a secret source: these are benchmark data), produced one
/// at a time so seeding 5,000,000 rows never holds them all in memory.
/// </summary>
public static class SampleTokens
{
    public static IEnumerable<(long Key, string Token)> Generate(long rows, int seed = 20260101)
    {
        var random = new Random(seed);
        var bytes = new byte[16];
        for (long key = 1; key <= rows; key++)
        {
            random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            yield return (key, new Guid(bytes).ToString("D", CultureInfo.InvariantCulture));
        }
    }
}
