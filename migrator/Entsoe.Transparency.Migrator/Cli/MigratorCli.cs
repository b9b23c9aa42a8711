using System.CommandLine;
using System.Data.Common;
using System.Runtime.InteropServices;
using Entsoe.Transparency.Migrator.Commands;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Invocation;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Cli;

/// <summary>The <c>entsoe-tokens</c> command line and its one top-level error handler.</summary>
internal static class MigratorCli
{
    private const string RootDescription =
        """
        entsoe-tokens: hash the ENTSO-E Transparency Platform API tokens of an accounts table in place, safely.

        Runbook (same connection/table/key options on every command, or put them in --config):
          1. Back up the database. Create a key ring:  entsoe-tokens keys new --out /secure/keys.json
          2. entsoe-tokens plan    ...   read only: counts, duplicates, column width, what hashing cannot erase
          3. entsoe-tokens migrate ...   dry run: reads and hashes every batch, writes nothing
          4. entsoe-tokens migrate --execute --report report.csv ...   one transaction per batch; Ctrl+C stops
             after the current batch; rerun to continue
          5. entsoe-tokens verify --known sample.csv ...   exit 0 when every row is hashed and sample tokens verify
          6. Clean up residue (see plan), then retire old keys once verify shows no row uses them.

        Connection: --connection-env VAR (recommended) or --config; a password in --connection is visible to others.
        Keys: --keys-file or ENTSOE_TOKEN_KEYS, never an argument.
        Exit codes: 0 ok, 1 failure, 2 usage/configuration, 3 verification problems, 4 preflight refused
        (nothing written), 130 cancelled.
        """;

    /// <summary>Runs the command line in this process's console; the first Ctrl+C or SIGTERM stops after the current batch.</summary>
    public static async Task<int> RunFromConsoleAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            if (!cancellation.IsCancellationRequested)
            {
                // The first signal asks for a graceful stop; a second one terminates at once (the open transaction rolls back).
                context.Cancel = true;
                Console.Error.WriteLine();
                Console.Error.WriteLine("Stopping after the current batch (press Ctrl+C again to abort at once; the open batch then rolls back)...");
                cancellation.Cancel();
            }
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return await RunAsync(args, CliHost.FromConsole(), cancellation.Token).ConfigureAwait(false);
    }

    /// <summary>Runs one command line and returns its exit code; never throws.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(host);
        var redactor = new SecretRedactor();
        var shared = new SharedOptions();
        var verbose = false;

        async Task<int> Run(ParseResult parse, CancellationToken token, Func<CommandContext, Task<int>> action)
        {
            var context = new CommandContext(parse, shared, host, redactor);
            verbose = context.Verbose;
            return await action(context).ConfigureAwait(false);
        }

        var root = Build(shared, Run);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                host.Error.WriteLine($"error: {redactor.Redact(error.Message)}");
            }

            host.Error.WriteLine("Run 'entsoe-tokens --help' (or '<command> --help') for the options.");
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = host.Out,
                Error = host.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var (code, message) = Describe(ex, redactor, cancellationToken);
            host.Error.WriteLine($"error: {message}");
            if (verbose)
            {
                for (var current = ex; current is not null; current = current.InnerException)
                {
                    var text = current is DbException db && DatabaseErrors.QuotesValues(db) ? DatabaseErrors.Withheld(db) : redactor.Redact(current.Message);
                    host.Error.WriteLine($"  {current.GetType().FullName}: {text}");
                    host.Error.WriteLine(redactor.Redact(current.StackTrace));
                }
            }

            return code;
        }
        finally
        {
            await host.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await host.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static RootCommand Build(SharedOptions shared, Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run)
    {
        var root = new RootCommand(RootDescription);
        foreach (var option in shared.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(new PlanCommand().Create(run));
        root.Subcommands.Add(new MigrateCommand().Create(run));
        root.Subcommands.Add(new VerifyCommand().Create(run));
        root.Subcommands.Add(new DemoCommand(RunAsync).Create(run));
        var keys = new Command("keys", "Manage the key ring (the HMAC \"pepper\" kept outside the database).");
        keys.Subcommands.Add(new KeysNewCommand().Create(run));
        root.Subcommands.Add(keys);
        var token = new Command("token", "Issue or check single tokens, as the platform's dialog and login path do.");
        token.Subcommands.Add(new TokenIssueCommand().Create(run));
        token.Subcommands.Add(TokenCheckCommand.Create(run));
        root.Subcommands.Add(token);
        return root;
    }

    private static (int Code, string Message) Describe(Exception ex, SecretRedactor redactor, CancellationToken cancellationToken) => ex switch
    {
        ConfigurationException => (ExitCodes.Usage, ex.Message),
        StoreConfigurationException => (ExitCodes.Usage, ex.Message),
        PreflightException => (ExitCodes.PreflightRefused, ex.Message),
        KeyRingException => (ExitCodes.PreflightRefused, $"{ex.Message} Nothing was written."),
        StoreConnectionException => (ExitCodes.Failure, ex.Message),
        ReadBackMismatchException => (ExitCodes.Failure, ex.Message),
        OperationCanceledException when cancellationToken.IsCancellationRequested =>
            (ExitCodes.Cancelled, "Cancelled before any batch was open; nothing was left half-done. Rerun to continue."),
        DbException db when DatabaseErrors.IsUniqueViolation(db) => (ExitCodes.Failure, DatabaseErrors.UniqueViolationMessage),
        DbException db when DatabaseErrors.QuotesValues(db) => (ExitCodes.Failure, $"Database error ({db.GetType().Name}): the server's message quotes a row's value and is not shown. Nothing of the failed batch was committed; rerun with --verbose for the error number, fix the cause and rerun."),
        DbException db => (ExitCodes.Failure, $"Database error ({db.GetType().Name}): {OneLine(redactor.Redact(db.Message))} Nothing of the failed batch was committed; fix the cause and rerun (the migration continues where it stopped)."),
        _ => (ExitCodes.Failure, $"Unexpected error ({ex.GetType().Name}): {OneLine(redactor.Redact(ex.Message))} Rerun with --verbose for details."),
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
