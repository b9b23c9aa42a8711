namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>The outcome of one committed batch.</summary>
/// <param name="Applied">How many rows were written (each now holds its new value, verified by the read-back).</param>
/// <param name="ChangedConcurrently">Keys of the rows that were skipped because they no longer held the old value
/// (someone overwrote or deleted them after the batch was read). Empty in the common case.</param>
public sealed record BatchWriteResult(int Applied, IReadOnlyList<RowKey> ChangedConcurrently);
