using Entsoe.Transparency.Migrator.Progress;
using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Migration;

/// <content>One batch of the general path: read, classify and hash, write, record; and what the writers share.</content>
internal sealed partial class MigrationEngine
{
    // Records a committed batch: summary, report and progress are shared by both writers.
    private static void Commit(SharedRun shared, List<ReportEntry> entries, long number, RowKey last)
    {
        lock (shared.Gate)
        {
            foreach (var entry in entries)
            {
                shared.Summary.Add(entry.Outcome, entry.Flags);
            }

            WriteReport(shared.Report, entries);
            shared.Summary.Batches++;
            shared.Summary.LastKey = last.ToString();
            shared.Progress.Report(shared.Summary.Rows);
            shared.Governor.AfterBatch();
        }
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

    // Reads the next batch of the range; rows past the range's end are dropped and mark the range's last batch.
    private async Task<bool> ReadAsync(ITokenStore rangeStore, PreparedBatch target, RowKey? after, RowKey? end, SharedRun shared, CancellationToken cancellationToken)
    {
        target.Rows.Clear();
        target.ReachedEnd = false;
        var read = await rangeStore.ReadBatchAsync(keyKind, after, options.BatchSize, target.Rows, cancellationToken).ConfigureAwait(false);
        if (end is { } last)
        {
            var keep = target.Rows.Count;
            while (keep > 0 && target.Rows[keep - 1].Key.CompareTo(last) > 0)
            {
                keep--;
            }

            if (keep < target.Rows.Count)
            {
                target.Rows.RemoveRange(keep, target.Rows.Count - keep);
                target.ReachedEnd = true;
            }
        }

        target.ReachedEnd |= read < options.BatchSize;
        if (target.Rows.Count == 0)
        {
            return false;
        }

        target.Number = shared.TakeBatchNumber();
        return true;
    }

    // Classifies and hashes one batch; touches only the batch's own lists and, once per batch under the lock, the
    // duplicate detector, so it can run beside a write of the previous batch. Plaintext rows are hashed together at the
    // end (TokenHashBatch), several times faster than one at a time.
    private void Prepare(PreparedBatch target, SharedRun shared)
    {
        var rows = target.Rows;
        var updates = target.Updates;
        var entries = target.Entries;
        var prefixes = target.Prefixes;
        var hashes = target.Hashes;
        var plaintext = target.Plaintext;
        updates.Clear();
        entries.Clear();
        prefixes.Clear();
        hashes.Clear();
        plaintext.Clear();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var kind = classifier.Classify(row, computeHash: false);
            if (kind.Outcome == RowOutcome.WouldHash)
            {
                hashes.Add(row.EffectiveValue);
                plaintext.Add(i);
            }
            else if (kind.Outcome == RowOutcome.AlreadyHashed && DuplicateDetector.TryGetPrefix(row.EffectiveValue, out var prefix))
            {
                prefixes.Add(prefix);
            }

            entries.Add(new ReportEntry(row.Key, kind.Outcome, kind.Flags, target.Number));
        }

        if (plaintext.Count > 0)
        {
            hashes.Compute();
            for (var j = 0; j < plaintext.Count; j++)
            {
                var row = rows[plaintext[j]];
                var stored = hashes.StoredValue(j);
                updates.Add(new RowUpdate(row.Key, row.Token!, new string(stored)));
                if (DuplicateDetector.TryGetPrefix(stored, out var prefix))
                {
                    prefixes.Add(prefix);
                }
            }

            hashes.Clear();
        }

        lock (shared.Duplicates)
        {
            foreach (var prefix in prefixes)
            {
                shared.Duplicates.Add(prefix);
            }
        }
    }

    private async Task WriteAsync(ITokenStore rangeStore, PreparedBatch target)
    {
        var entries = target.Entries;
        var updates = target.Updates;
        if (options.Execute && updates.Count > 0)
        {
            var started = time.GetTimestamp();

            // Not cancellable on purpose: once sent, the batch commits or rolls back as a whole; Ctrl+C stops after it.
            var result = await rangeStore.ApplyBatchAsync(updates, CancellationToken.None).ConfigureAwait(false);
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
    }

    /// <summary>What both writers share; every member but the detector (own lock) and the flags is used under <see cref="Gate"/>.</summary>
    private sealed class SharedRun(RunSummary summary, MigrationReportWriter? report, ProgressReporter progress, DuplicateDetector duplicates, long started)
    {
        private long nextBatch;
        private volatile bool failed;

        public object Gate { get; } = new();

        public RunSummary Summary { get; } = summary;

        public MigrationReportWriter? Report { get; } = report;

        public ProgressReporter Progress { get; } = progress;

        public DuplicateDetector Duplicates { get; } = duplicates;

        public HeapGovernor Governor { get; } = new();

        public long Started { get; } = started;

        /// <summary>Set when a writer failed, so the other stops after its open batch.</summary>
        public bool Failed
        {
            get => failed;
            set => failed = value;
        }

        public long TakeBatchNumber() => Interlocked.Increment(ref nextBatch);
    }

    /// <summary>One batch's rows, its compare-and-swap writes and its report entries; reused batch after batch.</summary>
    private sealed class PreparedBatch(int capacity, RowClassifier classifier) : IDisposable
    {
        public List<StoredRow> Rows { get; } = new(capacity);

        public List<RowUpdate> Updates { get; } = new(capacity);

        public List<ReportEntry> Entries { get; } = new(capacity);

        public List<ulong> Prefixes { get; } = new(capacity);

        /// <summary>The plaintext rows' tokens, hashed together.</summary>
        public TokenHashBatch Hashes { get; } = classifier.CreateHashBatch(capacity);

        /// <summary>Indexes in <see cref="Rows"/> of the rows added to <see cref="Hashes"/>, in order.</summary>
        public List<int> Plaintext { get; } = new(capacity);

        public long Number { get; set; }

        public bool ReachedEnd { get; set; }

        public void Dispose() => Hashes.Dispose();
    }
}
