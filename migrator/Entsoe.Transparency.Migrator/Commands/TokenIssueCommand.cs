using System.CommandLine;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Invocation;
using Entsoe.Transparency.Migrator.Preflight;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Commands;

/// <summary>
/// <c>token issue</c>: the "Generate a new token" dialog. Refuses when the account has a token unless
/// <c>--overwrite</c> ("Generate and overwrite"), which is one compare-and-swap UPDATE. The token is printed once on
/// stdout and nothing else is.
/// </summary>
internal sealed class TokenIssueCommand
{
    private readonly Option<string> key = new("--key") { Description = "The account's key (value of --key-column).", HelpName = "account", Required = true };
    private readonly Option<bool> overwrite = new("--overwrite") { Description = "Replace an existing token (\"Generate and overwrite\"): the old one stops working at once." };
    private readonly Option<string> format = new("--format") { Description = "uuid (default, what clients know) or prefixed (etp_..., found by secret scanners, typos rejected offline).", HelpName = "uuid|prefixed", DefaultValueFactory = _ => "uuid" };

    public TokenIssueCommand() => format.AcceptOnlyFromAmong("uuid", "prefixed");

    public Command Create(Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run)
    {
        var command = new Command("issue", "Generate a token for an account and store only its hash; the token is printed once on stdout. An account with a token needs --overwrite.");
        command.Options.Add(key);
        command.Options.Add(overwrite);
        command.Options.Add(format);
        command.SetAction((parse, cancellationToken) => run(parse, cancellationToken, context => RunAsync(context, parse, cancellationToken)));
        return command;
    }

    private async Task<int> RunAsync(CommandContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        // Usage errors (connection, table, names) come before key problems, so the first message is the first fix.
        context.ResolveTable();
        using var ring = context.RequireKeyRing();
        using var hasher = TokenHasher.Create(ring);
        var (store, _) = await context.OpenStoreAsync(forWrites: true, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var description = await store.DescribeAsync(cancellationToken).ConfigureAwait(false);
            var keyKind = TablePreflight.Check(description, store.Target, hasher.StoredLength);
            var keyText = parse.GetValue(key)!;
            if (!RowKey.TryParse(keyText, keyKind, out var rowKey))
            {
                throw new ConfigurationException($"--key must be an integer: the key column '{store.Target.KeyColumn}' is an integer column.");
            }

            var row = await store.ReadRowAsync(rowKey, cancellationToken).ConfigureAwait(false)
                ?? throw new ConfigurationException($"No account with key {rowKey} in {store.Target.DisplayName}; check --key (tokens are issued for existing accounts).");
            var hasToken = !string.IsNullOrWhiteSpace(row.EffectiveValue);
            if (hasToken && !parse.GetValue(overwrite))
            {
                context.Error.WriteLine($"Account {rowKey} already has a token. To replace it, rerun with --overwrite (\"Generate and overwrite\"): the old token stops working at once.");
                return ExitCodes.Failure;
            }

            var tokenFormat = string.Equals(parse.GetValue(format), "prefixed", StringComparison.Ordinal) ? TokenFormat.Prefixed : TokenFormat.Uuid;
            var issued = TokenGenerator.Issue(hasher, tokenFormat);
            if (!await store.CompareAndSwapAsync(row, issued.StoredValue, cancellationToken).ConfigureAwait(false))
            {
                context.Error.WriteLine($"Account {rowKey}'s token changed while this token was being issued (another issue raced); nothing was written. Run the command again.");
                return ExitCodes.Failure;
            }

            context.Host.Out.WriteLine(issued.RevealToken());
            context.Error.WriteLine(hasToken
                ? $"Issued a new token for account {rowKey}; the previous token no longer works. It is shown once, above; only its hash is stored."
                : $"Issued a token for account {rowKey}. It is shown once, above; only its hash is stored.");
            return ExitCodes.Ok;
        }
    }
}
