namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// A batch loop that classifies, hashes and writes inside the database (see <see cref="IFusedBatchStore"/>): each call
/// runs one compare-and-swap batch with its read-back in one transaction. Used from one thread; disposing it zeroes
/// every buffer that held a value.
/// </summary>
public interface IFusedBatch : IDisposable
{
    /// <summary>Batches whose read-ahead no longer matched the table and ran again from reads under the write lock.</summary>
    int Redone { get; }

    /// <summary>
    /// Migrates the next batch of up to <paramref name="limit"/> rows after <paramref name="after"/> (null for the
    /// first); the handler sees each of its rows through <see cref="IFusedRowHandler.Committed"/> once it committed.
    /// </summary>
    /// <returns>The last key of the batch, or null when no row is left.</returns>
    /// <exception cref="ReadBackMismatchException">The read-back found other values than the batch wrote; it was rolled back.</exception>
    long? Run(long? after, int limit);
}
