using System.CommandLine;
using System.Globalization;
using CsvHelper;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Invocation;
using Entsoe.Transparency.Migrator.Migration;
using Entsoe.Transparency.Migrator.Planning;
using Entsoe.Transparency.Migrator.Preflight;
using Entsoe.Transparency.Migrator.Progress;
using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Commands;

/// <summary>
/// <c>verify</c>: read only. Exit 3 when plaintext remains, a value is malformed or uses an unknown key id, two rows share
/// a hash, or a <c>--known</c> token does not verify against its row.
/// </summary>
internal sealed class VerifyCommand
{
    private const int MaxListedKeys = 20;
    private readonly Option<string?> known = new("--known") { Description = "CSV file with columns key,token: each listed token must verify against its row (a sample you kept before migrating).", HelpName = "file.csv" };
    private readonly Option<int?> batchSize = new("--batch-size") { Description = "Rows per read (default: the engine's, 20000 on SQLite, 1000 elsewhere).", HelpName = "rows" };

    public Command Create(Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run)
    {
        var command = new Command("verify", "Read only: fail (exit 3) if plaintext remains, a hash is malformed or uses an unknown key id, or two rows share a hash; counts rows per key id (a key can be retired when it has none). --known checks sample tokens.");
        command.Options.Add(known);
        command.Options.Add(batchSize);
        command.SetAction((parse, cancellationToken) => run(parse, cancellationToken, context => RunAsync(context, parse, cancellationToken)));
        return command;
    }

    /// <summary>Runs the verification; used by <c>verify</c> and <c>demo</c>.</summary>
    public static async Task<int> RunVerifyAsync(CommandContext context, string? knownPath, int batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Usage errors (connection, table, names) come before key problems, so the first message is the first fix.
        context.ResolveTable();
        using var ring = context.RequireKeyRing();
        using var hasher = TokenHasher.Create(ring);
        var verifier = new TokenVerifier(hasher);
        var (store, _) = await context.OpenStoreAsync(forWrites: false, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var description = await store.DescribeAsync(cancellationToken).ConfigureAwait(false);
            var keyKind = TablePreflight.Check(description, store.Target, hasher.StoredLength);
            var knownRows = knownPath is null ? null : ReadKnown(context.ResolvePath(knownPath), keyKind);
            var total = await store.CountRowsAsync(cancellationToken).ConfigureAwait(false);
            var classifier = new RowClassifier(hasher, store.Target.UsesHashColumn);
            var counts = new PlanCounts();
            using var duplicates = new DuplicateDetector();
            var problemKeys = new List<string>();
            var progress = new ProgressReporter(context.Error, context.Host.ErrorIsTerminal, context.Host.Time, "verify", total);
            var read = await TableScanner.ScanAsync(store, keyKind, batch, rows =>
            {
                foreach (var row in rows)
                {
                    var kind = classifier.Classify(row, computeHash: false);
                    counts.Add(kind);
                    if (kind.Outcome == RowOutcome.AlreadyHashed)
                    {
                        duplicates.Add(row.EffectiveValue);
                    }

                    var isProblem = kind.Outcome is RowOutcome.WouldHash or RowOutcome.Failed || (kind.Flags & RowFlags.UnknownKey) != 0;
                    if (isProblem && problemKeys.Count < MaxListedKeys)
                    {
                        problemKeys.Add($"{row.Key} ({(kind.Outcome == RowOutcome.WouldHash ? "plaintext" : RowFlagsText.Format(kind.Flags))})");
                    }
                }
            }, progress, cancellationToken).ConfigureAwait(false);
            var repeated = duplicates.FindRepeatedPrefixes();
            var duplicateKeys = repeated.Count == 0
                ? []
                : await DuplicateRecheck.FindDuplicateKeysAsync(store, keyKind, classifier, repeated, batch, cancellationToken).ConfigureAwait(false);

            var output = context.Host.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Verify {store.Target.DisplayName}: {read:N0} rows"));
            counts.WriteTo(output, hasher.ActiveKeyId);
            foreach (var id in hasher.KeyIds)
            {
                if (!string.Equals(id, hasher.ActiveKeyId, StringComparison.Ordinal) && !counts.HashedByKey.ContainsKey(id))
                {
                    output.WriteLine($"  key '{id}' is used by no row: it can be retired from the key ring.");
                }
            }

            var problems = 0L;
            void Problem(long count, string text)
            {
                if (count > 0)
                {
                    problems += count;
                    context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"problem: {count:N0} {text}"));
                }
            }

            Problem(counts.Plaintext, "rows still hold plaintext; run `migrate --execute` (it continues where it stopped).");
            Problem(counts.Malformed, "rows hold malformed values that never verify; issue those accounts new tokens.");
            Problem(counts.UnknownKey, "rows are hashed with a key id the key ring does not hold; add that key to the ring or issue new tokens.");
            Problem(counts.PlaintextBesideHash, "rows hold a hash and still a plaintext token; rerun `migrate --execute` after clearing the token column of those rows.");
            Problem(duplicateKeys.Count, $"rows share their hash with another row (a login could match either account): {string.Join(", ", duplicateKeys.Order(StringComparer.Ordinal).Take(MaxListedKeys))}; issue them new tokens with `token issue --overwrite`.");
            if (problemKeys.Count > 0)
            {
                context.Error.WriteLine($"first rows with problems: {string.Join(", ", problemKeys)}");
            }

            if (knownRows is not null)
            {
                var failed = 0;
                foreach (var (key, token) in knownRows)
                {
                    var row = await store.ReadRowAsync(key, cancellationToken).ConfigureAwait(false);
                    var verdict = row is null ? VerificationResult.Invalid : verifier.Verify(token, row.Value.EffectiveValue);
                    if (verdict == VerificationResult.Invalid)
                    {
                        failed++;
                        context.Error.WriteLine(row is null
                            ? $"problem: --known key {key}: no such row."
                            : $"problem: --known key {key}: the listed token does not verify against the row.");
                    }
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Known tokens: {knownRows.Count - failed:N0} of {knownRows.Count:N0} verify."));
                problems += failed;
            }

            output.WriteLine(problems == 0 ? "Verification passed." : string.Create(CultureInfo.InvariantCulture, $"Verification FAILED: {problems:N0} problems (see stderr)."));
            return problems == 0 ? ExitCodes.Ok : ExitCodes.VerificationProblems;
        }
    }

    /// <summary>Reads a known-tokens CSV (header <c>key,token</c>).</summary>
    /// <exception cref="ConfigurationException">The file is missing or malformed; the message never holds a token.</exception>
    public static List<(RowKey Key, string Token)> ReadKnown(string path, KeyKind keyKind)
    {
        var rows = new List<(RowKey, string)>();
        try
        {
            using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with
            {
                Separator = ',',
                HasHeader = true,
                MalformedData = CsvMalformedDataHandling.Throw,
                FieldCountMismatch = CsvFieldCountHandling.Throw,
                IncludeValuesInExceptions = false,
            });
            csv.ReadHeader();
            if (csv.Headers.Count != 2 || !string.Equals(csv.Headers[0].Trim(), "key", StringComparison.OrdinalIgnoreCase)
                || !string.Equals(csv.Headers[1].Trim(), "token", StringComparison.OrdinalIgnoreCase))
            {
                throw new ConfigurationException($"The --known file '{path}' must start with the header line 'key,token'.");
            }

            while (csv.Read())
            {
                var record = csv.RowNumber + 1;
                if (csv.FieldCount != 2)
                {
                    throw new ConfigurationException($"The --known file '{path}', record {record}: expected 2 fields (key,token).");
                }

                var keyText = csv.GetString(0);
                var token = csv.GetString(1);
                if (!RowKey.TryParse(keyText, keyKind, out var key) || string.IsNullOrWhiteSpace(token))
                {
                    throw new ConfigurationException($"The --known file '{path}', record {record}: the key is not a valid {keyKind.ToString().ToLowerInvariant()} key or the token is empty.");
                }

                rows.Add((key, token));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"Cannot read the --known file '{path}' ({ex.GetType().Name}); check the path.", ex);
        }
        catch (CsvFormatException ex)
        {
            throw new ConfigurationException($"The --known file '{path}' is not valid CSV near record {ex.RecordNumber}; it must have the columns key,token (RFC 4180 quoting).");
        }

        if (rows.Count == 0)
        {
            throw new ConfigurationException($"The --known file '{path}' lists no tokens; give at least one key,token line.");
        }

        return rows;
    }

    private async Task<int> RunAsync(CommandContext context, ParseResult parse, CancellationToken cancellationToken) =>
        await RunVerifyAsync(context, parse.GetValue(known), context.BatchSize(batchSize), cancellationToken).ConfigureAwait(false);
}
