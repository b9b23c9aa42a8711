using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// The exact second look at candidate duplicates: rescans the table and groups the full stored values (as the
/// migration stores them) of rows whose 64-bit prefix repeated. Only candidates are held in memory.
/// </summary>
internal static class DuplicateRecheck
{
    /// <summary>The keys (as report text) of rows whose stored value another row shares.</summary>
    public static async Task<HashSet<string>> FindDuplicateKeysAsync(
        ITokenStore store, KeyKind keyKind, RowClassifier classifier, HashSet<ulong> candidates, int batchSize, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, List<RowKey>>(StringComparer.Ordinal);
        var rows = new List<StoredRow>(batchSize);
        RowKey? after = null;
        var governor = new HeapGovernor();
        while (true)
        {
            rows.Clear();
            if (await store.ReadBatchAsync(keyKind, after, batchSize, rows, cancellationToken).ConfigureAwait(false) == 0)
            {
                break;
            }

            foreach (var row in rows)
            {
                var kind = classifier.Classify(row);
                var value = kind.NewValue ?? (kind.Outcome == RowOutcome.AlreadyHashed ? row.EffectiveValue : null);
                if (value is null || !DuplicateDetector.TryGetPrefix(value, out var prefix) || !candidates.Contains(prefix))
                {
                    continue;
                }

                value = value.Trim();
                if (!groups.TryGetValue(value, out var keys))
                {
                    keys = [];
                    groups[value] = keys;
                }

                keys.Add(row.Key);
            }

            after = rows[^1].Key;
            governor.AfterBatch();
        }

        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keys in groups.Values)
        {
            if (keys.Count > 1)
            {
                foreach (var key in keys)
                {
                    duplicates.Add(key.ToString());
                }
            }
        }

        return duplicates;
    }
}
