namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// A store whose engine allows several writers at once on disjoint key ranges, each with its own store instance (and so
/// its own connections): row-level locks, so the ranges' transactions never wait for each other. Not SQLite, which
/// takes one write lock for the whole database.
/// </summary>
public interface IKeyRangeSplitter
{
    /// <summary>
    /// Up to <paramref name="parts"/> - 1 integer keys, ascending and distinct, that cut the table's
    /// <paramref name="total"/> rows into parts of about equal row counts. Any keys are correct (the ranges they bound are
    /// disjoint and cover every key); good ones balance the writers. Empty when the table is too small to split.
    /// </summary>
    Task<IReadOnlyList<RowKey>> SplitKeysAsync(long total, int parts, CancellationToken cancellationToken);
}
