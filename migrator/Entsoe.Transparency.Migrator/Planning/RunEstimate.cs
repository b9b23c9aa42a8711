using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Planning;

/// <summary>
/// How long <c>migrate --execute</c> takes as a multiple of <c>plan</c>'s read-only pass over the same table, from the
/// runs in docs/benchmarks.md (1M rows): about 1-3 times on a bare table; 6-7 times on PostgreSQL with a unique index on
/// the token, whose every new hash lands at a random place in it; on SQLite with one, where each batch's commit writes
/// every index page the batch touched once more, about 35 times (25 times with 10,000-row batches), and about 11 times
/// on the 100,000 rows of <c>demo</c>: the larger the index, the more pages each batch touches.
/// </summary>
internal static class RunEstimate
{
    /// <summary>The multiples, and a sentence naming the index that makes the run longer (null when none does).</summary>
    /// <param name="profile">What such an index costs the engine's writes.</param>
    /// <param name="index">An index that includes the column receiving the hashes, or null.</param>
    public static (int Low, int High, string? Why) For(WriteCostProfile profile, TableIndex? index) => index switch
    {
        null => (1, 3, null),
        _ when profile == WriteCostProfile.IndexPagesRewrittenPerCommit => (10, 40,
            $"index '{index.Name}' covers the hashed column, and on SQLite each batch's commit writes every index page the batch touched once more (a larger --batch-size, e.g. 10000, was about 1.4 times faster on 1M rows)"),
        _ => (3, 8, $"index '{index.Name}' covers the hashed column, and every new hash goes into it at a random place"),
    };

    /// <summary>The index that makes writes costlier: a unique one on the hashed column first, then any that includes it.</summary>
    public static TableIndex? IndexOnHashedColumn(TableDescription description, TableTarget target)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(target);
        return description.Indexes.FirstOrDefault(i => i.IsUnique && i.IsOn(target.HashedColumn))
            ?? description.Indexes.FirstOrDefault(i => i.Includes(target.HashedColumn));
    }
}
