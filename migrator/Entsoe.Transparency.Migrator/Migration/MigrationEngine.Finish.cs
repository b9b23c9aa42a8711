using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Migration;

/// <content>After the last batch: the store's checkpoint and the duplicate check, side by side.</content>
internal sealed partial class MigrationEngine
{
    private async Task FinishAsync(RunSummary summary, DuplicateDetector duplicates, MigrationReportWriter? report, CancellationToken cancellationToken)
    {
        // The duplicate check merges its sorted runs on another core while the store copies its log into the file on
        // this one: on 1M SQLite rows each takes 30-40 ms, and neither needs the other.
        var checkStarted = time.GetTimestamp();
        var finding = summary.Completed ? Task.Run(duplicates.FindRepeatedPrefixes, CancellationToken.None) : null;
        try
        {
            if (options.Execute && store is IStoreMaintenance maintenance && summary.Rows > 0)
            {
                await maintenance.CheckpointAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            // A failed checkpoint still waits for the merge: the detector's runs are closed only after it.
            if (finding is not null)
            {
                await ((Task)finding).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        if (finding is not null)
        {
            var repeated = await finding.ConfigureAwait(false);
            log?.Invoke($"duplicate check: {duplicates.Count:N0} digests, {repeated.Count:N0} repeated prefixes, {time.GetElapsedTime(checkStarted).TotalMilliseconds:F0} ms (beside the checkpoint)");
            if (repeated.Count > 0)
            {
                var keys = await DuplicateRecheck.FindDuplicateKeysAsync(store, keyKind, classifier, repeated, options.BatchSize, cancellationToken).ConfigureAwait(false);
                summary.Duplicates = keys.Count;
                if (keys.Count > 0 && report is not null)
                {
                    report.Dispose();
                    MigrationReportWriter.MarkDuplicates(report.Path, keys);
                }
            }
        }
    }
}
