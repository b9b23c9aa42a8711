using System.CommandLine;
using System.Globalization;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Invocation;
using Entsoe.Transparency.Migrator.Migration;
using Entsoe.Transparency.Migrator.Planning;
using Entsoe.Transparency.Migrator.Preflight;
using Entsoe.Transparency.Migrator.Progress;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Commands;

/// <summary><c>plan</c>: read only; counts per class, duplicates, the column check, the batches, and what hashing cannot erase.</summary>
internal sealed class PlanCommand
{
    private readonly Option<int?> batchSize = new("--batch-size") { Description = "Batch size to plan for (default: the engine's, 20000 on SQLite, 1000 elsewhere).", HelpName = "rows" };

    public Command Create(Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run)
    {
        var command = new Command("plan", "Read only: count tokens per class (hashed per key id, plaintext UUID/non-UUID, empty), duplicates, check the column width, estimate batches and time, and list what hashing cannot erase.");
        command.Options.Add(batchSize);
        command.SetAction((parse, cancellationToken) => run(parse, cancellationToken, context => RunAsync(context, parse, cancellationToken)));
        return command;
    }

    /// <summary>Runs the plan; used by <c>plan</c> and <c>demo</c>.</summary>
    public static async Task<int> RunPlanAsync(CommandContext context, int batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Usage errors (connection, table, names) come before key problems, so the first message is the first fix.
        context.ResolveTable();
        using var ring = context.LoadKeyRing();
        using var hasher = ring is null ? TokenHasher.CreateUnkeyed() : TokenHasher.Create(ring);
        var (store, provider) = await context.OpenStoreAsync(forWrites: false, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var description = await store.DescribeAsync(cancellationToken).ConfigureAwait(false);
            var storedLength = ring is null ? StoredFormat.MaxLength : hasher.StoredLength;
            string? refusal = null;
            TableIndex? uniqueIndex = null;
            KeyKind keyKind;
            try
            {
                keyKind = TablePreflight.Check(description, store.Target, storedLength);
                uniqueIndex = UniqueIndexPreflight.Check(description, store.Target);
            }
            catch (PreflightException ex) when (description.TableExists && description.Key is not null && description.Token is not null)
            {
                refusal = ex.Message;
                keyKind = description.Key.Category == ColumnCategory.Integer ? KeyKind.Integer : KeyKind.Text;
            }

            var total = await store.CountRowsAsync(cancellationToken).ConfigureAwait(false);
            var classifier = new RowClassifier(hasher, store.Target.UsesHashColumn);
            var counts = new PlanCounts();
            var started = context.Host.Time.GetTimestamp();
            var progress = new ProgressReporter(context.Error, context.Host.ErrorIsTerminal, context.Host.Time, "plan", total);
            var (read, duplicateKeys) = await DuplicateScan.RunAsync(store, keyKind, classifier, batch, progress, counts.Add, cancellationToken).ConfigureAwait(false);
            var elapsed = context.Host.Time.GetElapsedTime(started);
            var indexRefusal = uniqueIndex is not null && duplicateKeys.Count > 0
                ? UniqueIndexPreflight.DuplicatesRefusal(uniqueIndex, store.Target.HashedColumn, duplicateKeys).Message
                : null;

            var output = context.Host.Out;
            output.WriteLine($"Plan for {store.Target.DisplayName} ({provider.DescribeConnection(context.ResolveTable().ConnectionString)})");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rows: {read:N0}"));
            counts.WriteTo(output, hasher.ActiveKeyId);
            var duplicateFate = uniqueIndex is null
                ? " (they will be hashed and flagged 'duplicate'; verify fails until each gets its own token)"
                : $" (unique index '{uniqueIndex.Name}' rejects equal hashes: migrate refuses to start until each gets its own token)";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rows sharing a canonical token with another row: {duplicateKeys.Count:N0}{(duplicateKeys.Count > 0 ? duplicateFate : string.Empty)}"));
            var column = store.Target.HashColumn is null ? description.Token! : description.Hash;
            output.WriteLine(refusal is null
                ? $"Column check: '{column?.Name}' ({column?.DataType}) holds the {storedLength}-character stored format: OK."
                : $"Preflight: REFUSED: {refusal}");
            if (uniqueIndex is not null)
            {
                output.WriteLine(indexRefusal is null
                    ? $"Unique index '{uniqueIndex.Name}' on '{store.Target.HashedColumn}': no two rows will get the same hash: OK."
                    : $"Unique index check: REFUSED: {indexRefusal}");
            }
            if (ring is null)
            {
                output.WriteLine("Key ring: none given (--keys-file or ENTSOE_TOKEN_KEYS); duplicates were counted with unkeyed SHA-256; migrate needs a key ring.");
            }
            else
            {
                output.WriteLine($"Key ring: active key '{hasher.ActiveKeyId}', {hasher.KeyIds.Count} key(s).");
            }

            var batches = (read + batch - 1) / batch;
            var perRow = read > 0 ? elapsed.TotalSeconds / read : 0;
            var (low, high, why) = RunEstimate.For(provider.WriteCost, RunEstimate.IndexOnHashedColumn(description, store.Target));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Batches: {batches:N0} of up to {batch:N0} rows. This read-only pass took {elapsed.TotalSeconds:F1} s; a migration with writes typically takes {low}-{high} times as long ({TimeSpan.FromSeconds(low * perRow * read):hh\\:mm\\:ss} to {TimeSpan.FromSeconds(high * perRow * read):hh\\:mm\\:ss}){(why is null ? "." : $": {why}.")}"));
            output.WriteLine("What hashing cannot erase:");
            foreach (var item in ResidueList.For(provider, description.Copies))
            {
                output.WriteLine($"  - {item}");
            }

            return refusal is null && indexRefusal is null ? ExitCodes.Ok : ExitCodes.PreflightRefused;
        }
    }

    private async Task<int> RunAsync(CommandContext context, ParseResult parse, CancellationToken cancellationToken) =>
        await RunPlanAsync(context, context.BatchSize(batchSize), cancellationToken).ConfigureAwait(false);
}
