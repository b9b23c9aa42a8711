namespace Entsoe.Transparency.Tests.Resilience;

/// <summary>The densest closed window: the most instants in any <c>[t, t + window]</c>.</summary>
internal static class SlidingWindow
{
    /// <param name="sorted">Instants in ascending order.</param>
    /// <param name="window">The window's length.</param>
    public static int Densest(IReadOnlyList<TimeSpan> sorted, TimeSpan window)
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
