using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Migrator.Progress;
using Entsoe.Transparency.Migrator.Storage;
using Entsoe.Transparency.Migrator.Storage.Sqlite;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// The batch contract of DESIGN §3: keyset read, classify and hash in the app, one compare-and-swap transaction per batch
/// with a read-back inside it, commit; stop between batches on cancellation, so the open batch always finishes.
/// </summary>
internal sealed class MigrationEngine
{
    private readonly ITokenStore store;
    private readonly KeyKind keyKind;
    private readonly RowClassifier classifier;
    private readonly MigrationOptions options;
    private readonly TimeProvider time;
    private readonly Action<string>? log;

    public MigrationEngine(ITokenStore store, KeyKind keyKind, RowClassifier classifier, MigrationOptions options, TimeProvider time, Action<string>? log)
    {
        this.store = store;
        this.keyKind = keyKind;
        this.classifier = classifier;
        this.options = options;
        this.time = time;
        this.log = log;
    }

    /// <summary>Runs the migration (or dry run) over the whole table.</summary>
    public async Task<RunSummary> RunAsync(MigrationReportWriter? report, ProgressReporter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var summary = new RunSummary { Execute = options.Execute, ReportPath = report?.Path };
        using var duplicates = new DuplicateDetector();
        // Two batch buffers: batch N is written while batch N+1 is classified and hashed on another core.
        var current = new PreparedBatch(options.BatchSize);
        var next = new PreparedBatch(options.BatchSize);
        var hasCurrent = false;
        var entries = current.Entries;
        var started = time.GetTimestamp();
        RowKey? after = null;
        long batch = 0;
        using var fused = options.Execute && store is SqliteTokenStore sqlite
            ? await sqlite.TryCreateFusedBatchAsync(keyKind, classifier, options.BatchSize, cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            while (true)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    summary.Cancelled = true;
                    break;
                }

                if (options.MaxDuration is { } limit && time.GetElapsedTime(started) >= limit)
                {
                    summary.StoppedByMaxDuration = true;
                    break;
                }

                if (fused is not null)
                {
                    // Not cancellable on purpose: the batch commits or rolls back as a whole; Ctrl+C stops after it.
                    entries.Clear();
                    var writeStarted = time.GetTimestamp();
                    var last = fused.Run(after?.Integer, options.BatchSize, batch + 1, entries, duplicates);
                    if (last is null)
                    {
                        summary.Completed = true;
                        break;
                    }

                    batch++;
                    foreach (var entry in entries)
                    {
                        summary.Add(entry.Outcome, entry.Flags);
                    }

                    log?.Invoke($"batch {batch}: {entries.Count} rows, {time.GetElapsedTime(writeStarted).TotalMilliseconds:F0} ms");
                    after = RowKey.FromInteger(last.Value);
                }
                else
                {
                    if (!hasCurrent)
                    {
                        // The first batch: nothing to overlap with yet.
                        if (!await ReadAsync(current, after, batch + 1, cancellationToken).ConfigureAwait(false))
                        {
                            summary.Completed = true;
                            break;
                        }

                        Prepare(current, duplicates);
                        hasCurrent = true;
                    }

                    // Read batch N+1 (one store call at a time), then hash it on the thread pool while batch N is written.
                    // On Ctrl+C or --max-duration the prepared batch is dropped at the top of the loop, never written.
                    batch++;
                    var hasNext = await ReadAsync(next, current.Rows[^1].Key, batch + 1, cancellationToken).ConfigureAwait(false);
                    var preparing = hasNext ? Task.Run(() => Prepare(next, duplicates), CancellationToken.None) : Task.CompletedTask;
                    try
                    {
                        await WriteAsync(current, summary).ConfigureAwait(false);
                    }
                    finally
                    {
                        await preparing.ConfigureAwait(false);
                    }

                    entries = current.Entries;
                    after = current.Rows[^1].Key;
                    (current, next) = (next, current);
                    if (!hasNext)
                    {
                        summary.Completed = true;
                        WriteReport(report, entries);
                        summary.Batches = batch;
                        summary.LastKey = after.Value.ToString();
                        progress.Report(summary.Rows);
                        break;
                    }
                }

                WriteReport(report, entries);
                summary.Batches = batch;
                summary.LastKey = after.Value.ToString();
                progress.Report(summary.Rows);
                if (options.Sleep > TimeSpan.Zero)
                {
                    await Task.Delay(options.Sleep, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Raised by a read or a pause between batches: no batch is open at those points.
            summary.Cancelled = true;
        }

        progress.Complete();
        summary.Duration = time.GetElapsedTime(started);
        if (summary.Completed)
        {
            var checkStarted = time.GetTimestamp();
            var repeated = duplicates.FindRepeatedPrefixes();
            log?.Invoke($"duplicate check: {duplicates.Count:N0} digests, {repeated.Count:N0} repeated prefixes, {time.GetElapsedTime(checkStarted).TotalMilliseconds:F0} ms");
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

        return summary;
    }

    private static void WriteReport(MigrationReportWriter? report, List<ReportEntry> entries)
    {
        if (report is null)
        {
            return;
        }

        foreach (var entry in entries)
        {
            report.Write(entry);
        }

        report.Flush();
    }

    private async Task<bool> ReadAsync(PreparedBatch target, RowKey? after, long number, CancellationToken cancellationToken)
    {
        target.Rows.Clear();
        target.Number = number;
        return await store.ReadBatchAsync(keyKind, after, options.BatchSize, target.Rows, cancellationToken).ConfigureAwait(false) > 0;
    }

    // Classifies and hashes one batch; touches only the batch's own lists and the duplicate detector, so it can run
    // beside a write of the previous batch.
    private void Prepare(PreparedBatch target, DuplicateDetector duplicates)
    {
        var rows = target.Rows;
        var updates = target.Updates;
        var entries = target.Entries;
        updates.Clear();
        entries.Clear();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var kind = classifier.Classify(row);
            if (kind.NewValue is not null)
            {
                updates.Add(new RowUpdate(row.Key, row.Token!, kind.NewValue));
                duplicates.Add(kind.NewValue);
            }
            else if (kind.Outcome == RowOutcome.AlreadyHashed)
            {
                duplicates.Add(row.EffectiveValue);
            }

            entries.Add(new ReportEntry(row.Key, kind.Outcome, kind.Flags, target.Number));
        }
    }

    private async Task WriteAsync(PreparedBatch target, RunSummary summary)
    {
        var entries = target.Entries;
        var updates = target.Updates;
        if (options.Execute && updates.Count > 0)
        {
            var started = time.GetTimestamp();

            // Not cancellable on purpose: once sent, the batch commits or rolls back as a whole; Ctrl+C stops after it.
            var result = await store.ApplyBatchAsync(updates, CancellationToken.None).ConfigureAwait(false);
            HashSet<RowKey>? changed = result.ChangedConcurrently.Count > 0 ? [.. result.ChangedConcurrently] : null;
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (entry.Outcome == RowOutcome.WouldHash)
                {
                    var outcome = changed is not null && changed.Contains(entry.Key) ? RowOutcome.ChangedConcurrently : RowOutcome.Hashed;
                    entries[i] = entry with { Outcome = outcome };
                }
            }

            log?.Invoke($"batch {target.Number}: {target.Rows.Count} rows read, {result.Applied} hashed, {result.ChangedConcurrently.Count} changed concurrently, {time.GetElapsedTime(started).TotalMilliseconds:F0} ms write");
        }

        foreach (var entry in entries)
        {
            summary.Add(entry.Outcome, entry.Flags);
        }
    }

    /// <summary>One batch's rows, its compare-and-swap writes and its report entries; reused batch after batch.</summary>
    private sealed class PreparedBatch(int capacity)
    {
        public List<StoredRow> Rows { get; } = new(capacity);

        public List<RowUpdate> Updates { get; } = new(capacity);

        public List<ReportEntry> Entries { get; } = new(capacity);

        public long Number { get; set; }
    }
}
