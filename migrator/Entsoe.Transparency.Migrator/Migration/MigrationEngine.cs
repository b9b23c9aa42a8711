using Entsoe.Transparency.Migrator.Progress;
using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// The batch contract of docs/design.md §3: keyset read, classify and hash in the app, one compare-and-swap transaction per batch
/// with a read-back inside it, commit; stop between batches on cancellation, so the open batch always finishes.
/// </summary>
internal sealed partial class MigrationEngine
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

    /// <summary>
    /// Opens more stores on the same table, one per further writer, where the store allows several writers on disjoint
    /// key ranges (<see cref="IKeyRangeSplitter"/>; how many: <see cref="WriterCount"/>). Null keeps one writer.
    /// </summary>
    public TokenStoreFactory? MoreStores { get; init; }

    /// <summary>Runs the migration (or dry run) over the whole table.</summary>
    public async Task<RunSummary> RunAsync(MigrationReportWriter? report, ProgressReporter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var summary = new RunSummary { Execute = options.Execute, ReportPath = report?.Path };
        using var duplicates = new DuplicateDetector();
        var started = time.GetTimestamp();
        var shared = new SharedRun(summary, report, progress, duplicates, started);
        shared.Governor.AfterBatch();
        var fusedRows = new FusedBatchRows(classifier, duplicates);
        var fused = options.Execute && store is IFusedBatchStore fusing
            ? await fusing.TryCreateFusedBatchAsync(keyKind, fusedRows, options.BatchSize, cancellationToken).ConfigureAwait(false)
            : null;
        try
        {
            if (fused is not null)
            {
                await RunFusedAsync(fused, fusedRows, shared, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var splits = await TrySplitAsync(progress.Total, cancellationToken).ConfigureAwait(false);
                var extra = await OpenExtraStoresAsync(splits.Count, cancellationToken).ConfigureAwait(false);

                // Start-up and connection set-up leave garbage behind; collect it before the writers add their own.
                shared.Governor.AfterBatch();
                try
                {
                    if (extra.Count == 0)
                    {
                        summary.Completed = await RunRangeAsync(store, null, null, shared, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        // With fewer stores than asked for (a refused connection), every other split key is kept.
                        var bounds = new List<RowKey?> { null };
                        for (var i = 1; i <= extra.Count; i++)
                        {
                            bounds.Add(splits[(i * (splits.Count + 1) / (extra.Count + 1)) - 1]);
                        }

                        bounds.Add(null);
                        log?.Invoke($"{extra.Count + 1} writers, each on its own connections: key ranges split after {string.Join(", ", bounds.Skip(1).SkipLast(1))}");

                        // A failure of any writer is rethrown once all have stopped (a fault wins over a cancellation).
                        var ranges = new Task<bool>[extra.Count + 1];
                        for (var i = 0; i < ranges.Length; i++)
                        {
                            ranges[i] = RunRangeAsync(i == 0 ? store : extra[i - 1], bounds[i], bounds[i + 1], shared, cancellationToken);
                        }

                        var done = await Task.WhenAll(ranges).ConfigureAwait(false);
                        summary.Completed = done.All(d => d);
                    }
                }
                finally
                {
                    foreach (var other in extra)
                    {
                        await other.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Raised by a read or a pause between batches: no batch is open at those points.
            summary.Cancelled = true;
        }
        finally
        {
            // Its read-ahead connection is closed before the checkpoint, which truncates the log only once no reader is left.
            fused?.Dispose();
        }

        if (cancellationToken.IsCancellationRequested && !summary.Completed)
        {
            summary.Cancelled = true;
        }

        progress.Complete();
        summary.Duration = time.GetElapsedTime(started);
        if (log is not null)
        {
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            log($"memory: {shared.Governor.Collections:N0} young-generation collections between batches, peak working set {self.PeakWorkingSet64 / (1024.0 * 1024.0):F1} MB");
        }

        await FinishAsync(summary, duplicates, report, cancellationToken).ConfigureAwait(false);
        return summary;
    }

    // Several writers only pay off on a table of many batches: each range gets at least two. The split keys cut the table
    // into ranges of equal row counts, in key order.
    private async Task<IReadOnlyList<RowKey>> TrySplitAsync(long total, CancellationToken cancellationToken)
    {
        var writers = WriterCount.ForTable(options.Writers, total, options.BatchSize);
        if (MoreStores is null || writers < 2 || !options.Execute || keyKind != KeyKind.Integer || store is not IKeyRangeSplitter splitter)
        {
            return [];
        }

        return await splitter.SplitKeysAsync(total, writers, cancellationToken).ConfigureAwait(false);
    }

    // A server that refuses more connections (max_connections, a pooler's limit) still gets a migration, with fewer writers.
    private async Task<List<ITokenStore>> OpenExtraStoresAsync(int count, CancellationToken cancellationToken)
    {
        var stores = new List<ITokenStore>(count);
        for (var i = 0; i < count; i++)
        {
            try
            {
                stores.Add(await MoreStores!.OpenAsync(StoreOpenOptions.Writes, cancellationToken).ConfigureAwait(false));
            }
            catch (StoreConnectionException)
            {
                log?.Invoke($"{stores.Count + 1} writers: a further connection was refused");
                break;
            }
        }

        return stores;
    }

    private async Task RunFusedAsync(IFusedBatch fused, FusedBatchRows rows, SharedRun shared, CancellationToken cancellationToken)
    {
        var summary = shared.Summary;
        var entries = new List<ReportEntry>(options.BatchSize);
        RowKey? after = null;
        while (!ShouldStop(shared, cancellationToken))
        {
            // Not cancellable on purpose: the batch commits or rolls back as a whole; Ctrl+C stops after it.
            entries.Clear();
            var writeStarted = time.GetTimestamp();
            var number = summary.Batches + 1;
            var redone = fused.Redone;
            rows.BeginBatch(number, entries);
            var last = fused.Run(after?.Integer, options.BatchSize);
            if (fused.Redone != redone)
            {
                log?.Invoke($"batch {number}: rows in its range changed after the read-ahead; run again from reads under the write lock");
            }

            if (last is null)
            {
                summary.Completed = true;
                return;
            }

            log?.Invoke($"batch {number}: {entries.Count} rows, {time.GetElapsedTime(writeStarted).TotalMilliseconds:F0} ms");
            after = RowKey.FromInteger(last.Value);
            Commit(shared, entries, number, after.Value);
            if (options.Sleep > TimeSpan.Zero)
            {
                await Task.Delay(options.Sleep, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Migrates the keys in (<paramref name="start"/>, <paramref name="end"/>] (open ends when null) in order: batch N is
    /// written while batch N+1 is classified and hashed on the thread pool.
    /// </summary>
    /// <returns>True when the range is done; false when the run stopped early (Ctrl+C, --max-duration, the other writer failed).</returns>
    private async Task<bool> RunRangeAsync(ITokenStore rangeStore, RowKey? start, RowKey? end, SharedRun shared, CancellationToken cancellationToken)
    {
        using var first = new PreparedBatch(options.BatchSize, classifier);
        using var second = new PreparedBatch(options.BatchSize, classifier);
        var current = first;
        var next = second;
        try
        {
            if (ShouldStop(shared, cancellationToken) || !await ReadAsync(rangeStore, current, start, end, shared, cancellationToken).ConfigureAwait(false))
            {
                return !ShouldStop(shared, cancellationToken);
            }

            Prepare(current, shared);
            while (true)
            {
                // On Ctrl+C, --max-duration or a failure of the other writer, the prepared batch is dropped, never written.
                if (ShouldStop(shared, cancellationToken))
                {
                    return false;
                }

                // Read batch N+1 (one store call at a time), then hash it on the thread pool while batch N is written.
                var hasNext = !current.ReachedEnd
                    && await ReadAsync(rangeStore, next, current.Rows[^1].Key, end, shared, cancellationToken).ConfigureAwait(false);
                var preparing = hasNext ? Task.Run(() => Prepare(next, shared), CancellationToken.None) : Task.CompletedTask;
                try
                {
                    await WriteAsync(rangeStore, current).ConfigureAwait(false);
                }
                finally
                {
                    await preparing.ConfigureAwait(false);
                }

                Commit(shared, current.Entries, current.Number, current.Rows[^1].Key);
                (current, next) = (next, current);
                if (!hasNext)
                {
                    return true;
                }

                if (options.Sleep > TimeSpan.Zero)
                {
                    await Task.Delay(options.Sleep, time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Stop the other writer after its open batch.
            shared.Failed = true;
            throw;
        }
    }

    private bool ShouldStop(SharedRun shared, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            shared.Summary.Cancelled = true;
            return true;
        }

        if (options.MaxDuration is { } limit && time.GetElapsedTime(shared.Started) >= limit)
        {
            shared.Summary.StoppedByMaxDuration = true;
            return true;
        }

        return shared.Failed;
    }
}
