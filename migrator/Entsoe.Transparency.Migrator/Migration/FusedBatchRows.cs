using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// The migration's per-row logic for a store's fused batch (<see cref="IFusedBatchStore"/>): classification and hashing
/// by <see cref="RowClassifier"/>, digest prefixes for <see cref="DuplicateDetector"/>, and one report entry per
/// committed row. The outcome and flags travel through the store as the row's tag.
/// </summary>
internal sealed class FusedBatchRows(RowClassifier classifier, DuplicateDetector duplicates) : IFusedRowHandler
{
    private List<ReportEntry>? entries;
    private long batch;

    /// <summary>Starts batch number <paramref name="number"/>: its committed rows go to <paramref name="destination"/>.</summary>
    public void BeginBatch(long number, List<ReportEntry> destination)
    {
        batch = number;
        entries = destination;
    }

    /// <summary>The outcome a row's tag carries (before the write: <see cref="RowOutcome.WouldHash"/> for plaintext).</summary>
    public static RowOutcome OutcomeOf(in FusedRowClass row) => (RowOutcome)(row.Tag & 0xFF);

    /// <summary>The flags a row's tag carries.</summary>
    public static RowFlags FlagsOf(in FusedRowClass row) => (RowFlags)(row.Tag >> 8);

    public FusedRowClass Classify(ReadOnlySpan<char> value)
    {
        var (outcome, flags) = classifier.Classify(value);
        return Class(outcome, flags, false, 0);
    }

    public FusedRowClass ClassifyAndHash(ReadOnlySpan<char> value, Span<char> destination, out int written)
    {
        var (outcome, flags) = classifier.ClassifyAndHash(value, destination, out written);
        ulong prefix = 0;
        var hasPrefix = outcome == RowOutcome.WouldHash
            ? DuplicateDetector.TryGetPrefix(destination[..written], out prefix)
            : outcome == RowOutcome.AlreadyHashed && DuplicateDetector.TryGetPrefix(value, out prefix);
        return Class(outcome, flags, hasPrefix, prefix);
    }

    public FusedRowClass ClassifyUntouched(string? value)
    {
        var (outcome, flags, hasPrefix, prefix) = classifier.ClassifyUntouched(value);
        return Class(outcome, flags, hasPrefix, prefix);
    }

    public bool TryGetFingerprint(ReadOnlySpan<char> storedValue, out ulong fingerprint) => DuplicateDetector.TryGetPrefix(storedValue, out fingerprint);

    public TokenHashBatch CreateHashBatch(int capacity) => classifier.CreateHashBatch(capacity);

    public void Committed(long key, in FusedRowClass row)
    {
        if (row.HasFingerprint)
        {
            duplicates.Add(row.Fingerprint);
        }

        var outcome = OutcomeOf(row);
        entries?.Add(new ReportEntry(RowKey.FromInteger(key), outcome == RowOutcome.WouldHash ? RowOutcome.Hashed : outcome, FlagsOf(row), batch));
    }

    private static FusedRowClass Class(RowOutcome outcome, RowFlags flags, bool hasPrefix, ulong prefix) =>
        new(outcome == RowOutcome.WouldHash, (int)outcome | ((int)flags << 8), hasPrefix, prefix);
}
