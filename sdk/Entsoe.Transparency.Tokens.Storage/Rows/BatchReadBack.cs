
namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The read-back check every provider runs inside a batch's transaction, before commit (step 4 of the batch contract, docs/design.md).
/// </summary>
public static class BatchReadBack
{
    /// <summary>
    /// Checks the rows of a batch after its UPDATE and returns the result to commit, or throws when the batch must be
    /// rolled back.
    /// </summary>
    /// <param name="updates">The batch's updates, as passed to <see cref="ITokenStore.ApplyBatchAsync"/>.</param>
    /// <param name="deviating">The rows of the batch's keys that do NOT hold their expected new state after the UPDATE
    /// (in-place: token = new; hash-column: hash = new and token IS NULL), as read in the same transaction; a key that no
    /// longer exists is reported with null values (or may be left out when its index is listed in <paramref name="missing"/>).
    /// A provider may read back all rows of the batch and pass only those that deviate, or select only deviating rows.</param>
    /// <param name="affectedRows">The affected-row count the database reported for the UPDATE(s).</param>
    /// <param name="hashColumnMode">True in <c>--hash-column</c> mode.</param>
    /// <param name="missing">Keys of the batch that no longer exist, when the provider reports them separately.</param>
    /// <exception cref="ReadBackMismatchException">A row still holds its old value, or the counts do not add up.</exception>
    public static BatchWriteResult Evaluate(
        IReadOnlyList<RowUpdate> updates,
        IReadOnlyList<StoredRow> deviating,
        long affectedRows,
        bool hashColumnMode,
        IReadOnlyCollection<RowKey>? missing = null)
    {
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(deviating);
        if (deviating.Count == 0 && (missing is null || missing.Count == 0))
        {
            // The usual batch: every row written and holding its new state; only the counts need to agree.
            return updates.Count == affectedRows ? new BatchWriteResult(updates.Count, []) : throw CountMismatch(affectedRows, updates.Count);
        }

        var oldByKey = new Dictionary<RowKey, string>(updates.Count);
        foreach (var update in updates)
        {
            oldByKey[update.Key] = update.OldToken;
        }

        var changed = new List<RowKey>(deviating.Count + (missing?.Count ?? 0));
        foreach (var row in deviating)
        {
            if (!oldByKey.TryGetValue(row.Key, out var old))
            {
                throw new ReadBackMismatchException($"Read-back returned key {row.Key}, which is not in the batch; the batch was rolled back.");
            }

            var stillOld = string.Equals(row.Token, old, StringComparison.Ordinal) && (!hashColumnMode || row.Hash is null);
            if (stillOld)
            {
                throw new ReadBackMismatchException(
                    $"Read-back found row {row.Key} unchanged although the batch wrote it; the batch was rolled back. "
                    + "Check for triggers or column defaults rewriting the token column, then rerun.");
            }

            changed.Add(row.Key);
        }

        if (missing is not null)
        {
            changed.AddRange(missing);
        }

        var applied = updates.Count - changed.Count;
        if (applied != affectedRows)
        {
            throw CountMismatch(affectedRows, applied);
        }

        changed.Sort();
        return new BatchWriteResult(applied, changed);
    }

    private static ReadBackMismatchException CountMismatch(long affectedRows, long applied) =>
        new($"The database reported {affectedRows} rows written but the read-back found {applied}; the batch was rolled back. "
            + "Check for triggers on the table or duplicate keys, then rerun.");
}
