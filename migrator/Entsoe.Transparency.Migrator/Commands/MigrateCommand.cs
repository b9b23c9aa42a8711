using System.CommandLine;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Invocation;
using Entsoe.Transparency.Migrator.Migration;
using Entsoe.Transparency.Migrator.Preflight;
using Entsoe.Transparency.Migrator.Progress;
using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Commands;

/// <summary><c>migrate</c>: a dry run unless <c>--execute</c>.</summary>
internal sealed class MigrateCommand
{
    private readonly Option<bool> execute = new("--execute") { Description = "Write. Without it this is a dry run: every batch is read, classified and hashed, and no write is sent." };
    private readonly Option<int?> batchSize = new("--batch-size") { Description = "Rows per batch, one transaction each (default 20000 on SQLite, which has no row locks; 1000 elsewhere, under SQL Server's 5,000-lock escalation).", HelpName = "rows" };
    private readonly Option<string?> report = new("--report") { Description = "Write the CSV report (key,outcome,detail,batch) here. It never holds a token, a hash or a key.", HelpName = "file.csv" };
    private readonly Option<int> sleepMs = new("--sleep-ms") { Description = "Pause after each batch, to leave room for production load.", HelpName = "ms", DefaultValueFactory = _ => 0 };
    private readonly Option<string?> maxDuration = new("--max-duration") { Description = "Stop after a whole batch once this much time has passed (90s, 30m, 2h); a rerun continues.", HelpName = "duration" };
    private readonly Option<string?> summaryJson = new("--summary-json") { Description = "Also write the summary as JSON here.", HelpName = "file.json" };
    private readonly Option<int> writers = new("--writers") { Description = "PostgreSQL: split an integer key range into this many parts, each migrated by its own writer on its own two connections (default 2; 1 keeps one writer). Other engines take 1.", HelpName = "1-4" };
    private readonly Option<bool> vacuum = new("--vacuum") { Description = "SQLite only, with --execute: VACUUM after the run so free pages keep no plaintext." };

    public Command Create(Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run)
    {
        var command = new Command("migrate", "Hash every plaintext token in place. Dry run unless --execute. Resumable: a rerun skips rows already hashed.");
        command.Options.Add(execute);
        command.Options.Add(batchSize);
        command.Options.Add(report);
        command.Options.Add(sleepMs);
        command.Options.Add(maxDuration);
        command.Options.Add(summaryJson);
        command.Options.Add(vacuum);
        command.Options.Add(writers);
        command.SetAction((parse, cancellationToken) => run(parse, cancellationToken, context => RunAsync(context, parse, cancellationToken)));
        return command;
    }

    /// <summary>Runs a migration with resolved settings; used by <c>migrate</c> and <c>demo</c>.</summary>
    public static async Task<int> RunMigrationAsync(CommandContext context, MigrationOptions options, string? reportPath, string? summaryPath, bool vacuum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        // Usage errors (connection, table, names) come before key problems, so the first message is the first fix.
        context.ResolveTable();
        using var ring = context.RequireKeyRing();
        using var hasher = TokenHasher.Create(ring);
        var (store, provider) = await context.OpenStoreAsync(options.Execute, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var description = await store.DescribeAsync(cancellationToken).ConfigureAwait(false);
            var keyKind = TablePreflight.Check(description, store.Target, hasher.StoredLength);
            var uniqueIndex = UniqueIndexPreflight.Check(description, store.Target);
            if (vacuum && store is not IStoreMaintenance)
            {
                throw new ConfigurationException($"--vacuum is for SQLite; on {provider.Name} run the maintenance `plan` lists after the migration.");
            }

            if (options.Writers > 1 && store is not IKeyRangeSplitter)
            {
                throw new ConfigurationException($"--writers {options.Writers} needs an engine with row locks (postgres); {provider.Name} takes one writer.");
            }

            var total = await store.CountRowsAsync(cancellationToken).ConfigureAwait(false);
            if (uniqueIndex is not null && options.Execute)
            {
                // A dry run finds the same rows in its own duplicate check and says what --execute would do.
                context.Error.WriteLine($"Unique index '{uniqueIndex.Name}' on '{store.Target.HashedColumn}': checking that no two rows would get the same hash before writing...");
                options = await CheckDuplicatesAsync(context, store, keyKind, hasher, uniqueIndex, total, options, cancellationToken).ConfigureAwait(false);
            }

            using var reportWriter = reportPath is null ? null : MigrationReportWriter.Create(context.ResolvePath(reportPath));
            context.Error.WriteLine(options.Execute
                ? $"Migrating {total:N0} rows of {store.Target.DisplayName} with key '{hasher.ActiveKeyId}', {options.BatchSize:N0} rows per batch. Ctrl+C stops after the current batch; a rerun continues."
                : $"Dry run over {total:N0} rows of {store.Target.DisplayName}: nothing will be written (add --execute to write).");
            var progress = new ProgressReporter(context.Error, context.Host.ErrorIsTerminal, context.Host.Time, options.Execute ? "migrate" : "dry run", total);
            var engine = new MigrationEngine(store, keyKind, new RowClassifier(hasher, store.Target.UsesHashColumn), options, context.Host.Time, context.Verbose ? context.Log : null)
            {
                // More writers on other parts of the keys, each on its own connections, where the engine has row locks.
                MoreStores = store is IKeyRangeSplitter ? context.StoreFactory() : null,
            };
            var summary = await engine.RunAsync(reportWriter, progress, cancellationToken).ConfigureAwait(false);

            // The engine has checkpointed the log already (IStoreMaintenance).
            if (options.Execute && vacuum && store is IStoreMaintenance maintenance && summary.Rows > 0 && summary.Completed)
            {
                context.Error.WriteLine("Running VACUUM so no free page keeps an old value...");
                await maintenance.VacuumAsync(CancellationToken.None).ConfigureAwait(false);
            }

            context.Error.Write(summary.Describe());
            if (summaryPath is not null)
            {
                summary.WriteJson(context.ResolvePath(summaryPath));
            }

            if (summary.Duplicates > 0 && uniqueIndex is not null)
            {
                context.Error.WriteLine($"warning: {summary.Duplicates:N0} rows share their token with another row (detail 'duplicate' in the report), and unique index '{uniqueIndex.Name}' on '{store.Target.HashedColumn}' rejects equal hashes: --execute will refuse to start until these accounts get new tokens (`token issue --key <key> --overwrite`).");
            }
            else if (summary.Duplicates > 0)
            {
                context.Error.WriteLine($"warning: {summary.Duplicates:N0} rows share their token with another row (detail 'duplicate' in the report); a login could match either account. Issue new tokens for them: `verify` fails until they are resolved.");
            }

            if (summary.Count(RowOutcome.Failed) > 0)
            {
                context.Error.WriteLine($"warning: {summary.Count(RowOutcome.Failed):N0} rows hold malformed values and were left as they are (outcome 'failed' in the report); `verify` lists them.");
            }

            if (summary.Cancelled)
            {
                context.Error.WriteLine($"Cancelled after batch {summary.Batches:N0} (last key {summary.LastKey ?? "none"}): every batch before it committed; rerun the same command to continue.");
                return ExitCodes.Cancelled;
            }

            if (summary.StoppedByMaxDuration)
            {
                context.Error.WriteLine($"Stopped by --max-duration after batch {summary.Batches:N0} (last key {summary.LastKey}); rerun the same command to continue.");
            }
            else if (!options.Execute)
            {
                context.Error.WriteLine("Dry run: nothing was written. Run again with --execute to hash.");
            }

            return ExitCodes.Ok;
        }
    }

    // The check reads the whole table before the first write, so it spends the run's --max-duration too: a check that
    // cannot finish in time is refused with nothing written, and the batches get what is left.
    private static async Task<MigrationOptions> CheckDuplicatesAsync(
        CommandContext context, ITokenStore store, KeyKind keyKind, TokenHasher hasher, TableIndex uniqueIndex, long total, MigrationOptions options, CancellationToken cancellationToken)
    {
        var time = context.Host.Time;
        var started = time.GetTimestamp();
        var check = new ProgressReporter(context.Error, context.Host.ErrorIsTerminal, time, "duplicate check", total);
        var classifier = new RowClassifier(hasher, store.Target.UsesHashColumn);
        using var deadline = options.MaxDuration is { } limit ? new CancellationTokenSource(limit, time) : null;
        using var linked = deadline is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        HashSet<string> duplicateKeys;
        try
        {
            (_, duplicateKeys) = await DuplicateScan.RunAsync(store, keyKind, classifier, options.BatchSize, check, null, linked?.Token ?? cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
        {
            check.Complete();
            throw UniqueIndexPreflight.CheckOutOfTime(uniqueIndex, options.MaxDuration!.Value, check.Done, total);
        }

        if (duplicateKeys.Count > 0)
        {
            throw UniqueIndexPreflight.DuplicatesRefusal(uniqueIndex, store.Target.HashedColumn, duplicateKeys);
        }

        if (options.MaxDuration is not { } budget)
        {
            return options;
        }

        var left = budget - time.GetElapsedTime(started);
        return left > TimeSpan.Zero
            ? options with { MaxDuration = left }
            : throw UniqueIndexPreflight.CheckOutOfTime(uniqueIndex, budget, total, total);
    }

    private async Task<int> RunAsync(CommandContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var sleep = parse.GetValue(sleepMs);
        if (sleep < 0)
        {
            throw new ConfigurationException("--sleep-ms must be 0 or more.");
        }

        TimeSpan? limit = null;
        if (parse.GetValue(maxDuration) is { } text)
        {
            limit = DurationParser.TryParse(text, out var parsed)
                ? parsed
                : throw new ConfigurationException("--max-duration must be a positive duration such as 90s, 30m, 2h or 01:30:00.");
        }

        var isExecute = parse.GetValue(execute);
        if (parse.GetValue(vacuum) && !isExecute)
        {
            throw new ConfigurationException("--vacuum needs --execute (a dry run changes nothing to vacuum).");
        }

        // Not given: two writers where the engine allows them (decided once the store is open).
        int? writerCount = parse.GetResult(writers) is { Implicit: false } ? parse.GetValue(writers) : null;
        if (writerCount is { } requested && !WriterCount.IsValid(requested))
        {
            throw new ConfigurationException($"--writers must be 1 to {WriterCount.Max}.");
        }

        var options = new MigrationOptions(isExecute, context.BatchSize(batchSize), TimeSpan.FromMilliseconds(sleep), limit, writerCount);
        return await RunMigrationAsync(context, options, parse.GetValue(report), parse.GetValue(summaryJson), parse.GetValue(vacuum), cancellationToken).ConfigureAwait(false);
    }
}
