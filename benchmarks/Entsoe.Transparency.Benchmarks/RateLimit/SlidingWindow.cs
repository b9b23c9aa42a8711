namespace Entsoe.Transparency.Benchmarks.RateLimit;

/// <summary>The densest closed window: the most instants in any <c>[t, t + window]</c>.</summary>
public static class SlidingWindow
{
    /// <param name="sorted">Instants in ascending order, any unit.</param>
    /// <param name="window">The window in the same unit.</param>
    public static int Densest(IReadOnlyList<long> sorted, long window)
    {
        // A densest window can always be moved right until it starts at one of the instants.
        var densest = 0;
        for (int first = 0, last = 0; first < sorted.Count; first++)
        {
            while (last < sorted.Count && sorted[last] - sorted[first] <= window)
            {
                last++;
            }

            densest = Math.Max(densest, last - first);
        }

        return densest;
    }
}
