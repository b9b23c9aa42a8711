using System.CommandLine;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Invocation;
using Entsoe.Transparency.Migrator.Preflight;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Migrator.Commands;

/// <summary>
/// <c>token check</c>: reads a token from standard input (never an argument), finds its row by an indexed lookup and
/// says whether and how it verifies. Exit 0 when exactly one row accepts it, 3 otherwise.
/// </summary>
internal sealed class TokenCheckCommand
{
    public static Command Create(Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run)
    {
        var command = new Command("check", "Read a token from standard input (e.g. `entsoe-tokens token check ... < token.txt`), find its account by an indexed lookup and say whether it verifies (exit 0) or not (exit 3).");
        command.SetAction((parse, cancellationToken) => run(parse, cancellationToken, context => RunAsync(context, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var presented = await context.Host.In.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(presented))
        {
            throw new ConfigurationException("No token on standard input; pipe it in, e.g. `entsoe-tokens token check <options> < token.txt`.");
        }

        // Usage errors (connection, table, names) come before key problems, so the first message is the first fix.
        context.ResolveTable();
        using var ring = context.RequireKeyRing();
        using var hasher = TokenHasher.Create(ring);
        var verifier = new TokenVerifier(hasher);
        var (store, _) = await context.OpenStoreAsync(forWrites: false, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var description = await store.DescribeAsync(cancellationToken).ConfigureAwait(false);
            TablePreflight.Check(description, store.Target, hasher.StoredLength);
            var candidates = new List<string>(verifier.GetLookupValues(presented));
            candidates.AddRange(TokenVerifier.GetLegacyLookupValues(presented));
            var rows = await store.FindByStoredValuesAsync(candidates, cancellationToken).ConfigureAwait(false);
            var valid = 0;
            foreach (var row in rows)
            {
                var verdict = verifier.Verify(presented, row.EffectiveValue);
                var kind = StoredValueClassifier.Classify(row.EffectiveValue);
                switch (verdict)
                {
                    case VerificationResult.Valid:
                        valid++;
                        context.Host.Out.WriteLine($"valid: account {row.Key} (hashed with the active key '{kind.KeyId}')");
                        break;
                    case VerificationResult.ValidRehashNeeded:
                        valid++;
                        context.Host.Out.WriteLine(kind.Kind == StoredValueKind.LegacyPlaintext
                            ? $"valid, rehash needed: account {row.Key} still stores the token as plaintext; run `migrate --execute`."
                            : $"valid, rehash needed: account {row.Key} is hashed with the older key '{kind.KeyId ?? "sha256"}'.");
                        break;
                    default:
                        break;
                }
            }

            if (valid == 0)
            {
                context.Host.Out.WriteLine("invalid: no account accepts this token (it may have been overwritten, or never existed).");
                return ExitCodes.VerificationProblems;
            }

            if (valid > 1)
            {
                context.Error.WriteLine($"problem: {valid} accounts accept this token (duplicates); issue them new tokens with `token issue --overwrite`.");
                return ExitCodes.VerificationProblems;
            }

            return ExitCodes.Ok;
        }
    }
}
