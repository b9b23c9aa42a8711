namespace Entsoe.Transparency.Migrator.Storage;

/// <summary>
/// A store whose engine allows two writers at once on disjoint key ranges, each with its own store instance (and so its
/// own connections): row-level locks, so the two ranges' transactions never wait for each other. Not SQLite, which
/// takes one write lock for the whole database.
/// </summary>
internal interface IKeyRangeSplitter
{
    /// <summary>The key of the row at <paramref name="offset"/> (0-based) in key order, or null when the table has fewer rows.</summary>
    Task<RowKey?> KeyAtOffsetAsync(long offset, CancellationToken cancellationToken);
}
