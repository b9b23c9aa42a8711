using Entsoe.Transparency.Migrator.Progress;
using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// A read-only pass over the whole table that finds the rows whose stored value (as the migration would store it)
/// another row shares: 64-bit digest prefixes first (<see cref="DuplicateDetector"/>), then an exact second look at the
/// candidates (<see cref="DuplicateRecheck"/>). Used by <c>plan</c>, and by <c>migrate --execute</c> before writing under
/// a unique index on the column that receives the hashes.
/// </summary>
internal static class DuplicateScan
{
    /// <summary>Scans the table; <paramref name="onRow"/> sees every row's class (plan counts them).</summary>
    /// <returns>The rows read, and the keys (as report text) of rows that share their stored value.</returns>
    public static async Task<(long Rows, HashSet<string> DuplicateKeys)> RunAsync(
        ITokenStore store, KeyKind keyKind, RowClassifier classifier, int batchSize, ProgressReporter progress, Action<RowClass>? onRow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        using var duplicates = new DuplicateDetector();
        var read = await TableScanner.ScanAsync(store, keyKind, batchSize, rows =>
        {
            foreach (var row in rows)
            {
                var kind = classifier.Classify(row);
                onRow?.Invoke(kind);
                if (kind.NewValue is not null)
                {
                    duplicates.Add(kind.NewValue);
                }
                else if (kind.Outcome == RowOutcome.AlreadyHashed)
                {
                    duplicates.Add(row.EffectiveValue);
                }
            }
        }, progress, cancellationToken).ConfigureAwait(false);
        var repeated = duplicates.FindRepeatedPrefixes();
        var keys = repeated.Count == 0
            ? []
            : await DuplicateRecheck.FindDuplicateKeysAsync(store, keyKind, classifier, repeated, batchSize, cancellationToken).ConfigureAwait(false);
        return (read, keys);
    }
}
