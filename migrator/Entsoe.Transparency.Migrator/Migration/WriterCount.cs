namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// How many writers a migration runs: several only where the engine has row locks (<c>IKeyRangeSplitter</c>), each on
/// a key range of its own with its own connections, and only on a table of many batches.
/// </summary>
internal static class WriterCount
{
    /// <summary>Writers on an engine with row locks when <c>--writers</c> is not given.</summary>
    public const int Default = 2;

    /// <summary>The most writers a run takes.</summary>
    public const int Max = 4;

    /// <summary>True for a count <c>--writers</c> accepts: 1 to <see cref="Max"/>.</summary>
    public static bool IsValid(int requested) => requested is >= 1 and <= Max;

    /// <summary>
    /// The writers for a table of <paramref name="total"/> rows: the count asked for (<see cref="Default"/> when none
    /// was), within 1 to <see cref="Max"/>, and at most one per two batches, since more only pay off on many batches.
    /// </summary>
    public static int ForTable(int? requested, long total, int batchSize) =>
        (int)Math.Min(Math.Clamp(requested ?? Default, 1, Max), total / (2L * batchSize));
}
