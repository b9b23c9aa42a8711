using System.CommandLine;
using System.Globalization;
using System.Text;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Invocation;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Commands;

/// <summary>
/// <c>demo</c>: creates <c>./demo/</c> with a SQLite database of sample accounts holding plaintext tokens and a key ring,
/// then runs <c>plan</c>, <c>migrate --execute</c> and <c>verify --known</c> on it through the same command line a DBA uses.
/// </summary>
/// <param name="runCommandLine">Runs one command line of the tool and returns its exit code (the CLI's own entry point).</param>
internal sealed class DemoCommand(Func<IReadOnlyList<string>, CliHost, CancellationToken, Task<int>> runCommandLine)
{
    private const string Table = SqliteSampleAccounts.Table;
    private readonly Option<int> rows = new("--rows") { Description = "Number of sample accounts (default 100,000).", HelpName = "n", DefaultValueFactory = _ => 100_000 };
    private readonly Option<string> directory = new("--dir") { Description = "Folder to create the demo in (default ./demo).", HelpName = "path", DefaultValueFactory = _ => "demo" };

    public Command Create(Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run)
    {
        var command = new Command("demo", "Try it safely: create ./demo/ with a SQLite database of sample accounts and plaintext tokens and a key ring, then run plan, migrate --execute and verify --known on it.");
        command.Options.Add(rows);
        command.Options.Add(directory);
        command.SetAction((parse, cancellationToken) => run(parse, cancellationToken, context => RunAsync(context, parse, cancellationToken)));
        return command;
    }

    private static void CreateDatabase(string path, int count, string knownPath)
    {
        var known = new StringBuilder("key,token\n");
        var sampleEvery = Math.Max(1, count / 100);
        IEnumerable<(long Key, string Email, string? Token)> Accounts()
        {
            for (var i = 1; i <= count; i++)
            {
                // Mostly UUIDs as the platform issues them, with the oddities a real table collects over the years.
                var value = (i % 1000) switch
                {
                    7 => null,
                    11 => TokenGenerator.Generate().ToUpperInvariant(),
                    13 => " " + TokenGenerator.Generate() + "\n",
                    17 => TokenGenerator.Generate(TokenFormat.Prefixed),
                    _ => TokenGenerator.Generate(),
                };
                yield return (i * 2L, string.Create(CultureInfo.InvariantCulture, $"user{i}@example.org"), value);
                if (value is not null && i % sampleEvery == 0)
                {
                    known.Append(CultureInfo.InvariantCulture, $"{i * 2L},\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
                }
            }
        }

        SqliteSampleAccounts.Create(path, Accounts());
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(knownPath, options);
        stream.Write(Encoding.UTF8.GetBytes(known.ToString()));
    }

    private async Task<int> RunAsync(CommandContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var count = parse.GetValue(rows);
        if (count < 1 || count > 50_000_000)
        {
            throw new ConfigurationException("--rows must be between 1 and 50,000,000.");
        }

        var folder = context.ResolvePath(parse.GetValue(directory)!);
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "tokens.db");
        var keys = Path.Combine(folder, "keys.json");
        var known = Path.Combine(folder, "known-tokens.csv");
        var report = Path.Combine(folder, "report.csv");
        var summary = Path.Combine(folder, "summary.json");
        foreach (var file in new[] { database, database + "-wal", database + "-shm", keys, known, report, summary })
        {
            File.Delete(file);
        }

        context.Error.WriteLine($"Demo in {folder}: creating {count:N0} sample accounts with plaintext tokens...");
        CreateDatabase(database, count, known);
        KeysNewCommand.WriteNew(keys, "demo", null, overwrite: true, context.Host.Time);
        string[] table = ["--provider", "sqlite", "--connection", $"Data Source={database}", "--table", Table, "--key-column", SqliteSampleAccounts.KeyColumn, "--token-column", SqliteSampleAccounts.TokenColumn, "--keys-file", keys];
        var host = context.Host;

        host.Error.WriteLine();
        host.Error.WriteLine("== 1. entsoe-tokens plan (read only)");
        var code = await runCommandLine(["plan", .. table], host, cancellationToken).ConfigureAwait(false);
        if (code != ExitCodes.Ok)
        {
            return code;
        }

        host.Error.WriteLine();
        host.Error.WriteLine("== 2. entsoe-tokens migrate --execute");
        code = await runCommandLine(["migrate", "--execute", "--report", report, "--summary-json", summary, .. table], host, cancellationToken).ConfigureAwait(false);
        if (code != ExitCodes.Ok)
        {
            return code;
        }

        host.Error.WriteLine();
        host.Error.WriteLine("== 3. entsoe-tokens verify --known known-tokens.csv");
        code = await runCommandLine(["verify", "--known", known, .. table], host, cancellationToken).ConfigureAwait(false);
        host.Error.WriteLine();
        host.Error.WriteLine($"Report: {report}");
        host.Error.WriteLine($"Summary: {summary}");
        host.Error.WriteLine($"Database: {database} (table {Table}); key ring: {keys} (mode 600). known-tokens.csv holds sample plaintext tokens: demo data only.");
        host.Error.WriteLine($"Try: entsoe-tokens token issue --key 2 --overwrite --provider sqlite --connection \"Data Source={database}\" --table {Table} --key-column {SqliteSampleAccounts.KeyColumn} --token-column {SqliteSampleAccounts.TokenColumn} --keys-file {keys}");
        return code;
    }
}
