namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// A store that can hash inside the database: one UPDATE per batch calls the caller's <see cref="IFusedRowHandler"/>
/// for each row, followed by a read-back of the whole range in the same transaction. Faster than
/// <see cref="ITokenStore.ReadBatchAsync"/> plus <see cref="ITokenStore.ApplyBatchAsync"/> where the engine allows it
/// (SQLite, integer keys, in-place mode); same guarantees.
/// </summary>
public interface IFusedBatchStore
{
    /// <summary>
    /// The fused batch loop for <see cref="ITokenStore.Target"/>, or null when it does not apply to this table (the
    /// caller then uses the general read / compare-and-swap path). Only for a store opened for writes.
    /// </summary>
    Task<IFusedBatch?> TryCreateFusedBatchAsync(KeyKind keyKind, IFusedRowHandler handler, int batchSize, CancellationToken cancellationToken);
}
