using BenchmarkDotNet.Running;

namespace Entsoe.Transparency.Benchmarks;

/// <summary>
/// Entry point. Every <c>XxxBenchmarks</c> class in this assembly is a BenchmarkDotNet suite; see benchmarks/README.md
/// for the quick and full commands.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Harnesses that are not BenchmarkDotNet suites dispatch on their first argument before this line.
        if (args.Length > 0 && args[0] == "migration")
        {
            return Migration.MigrationHarness.RunAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args.Length > 0 && args[0] == "rate-limit")
        {
            return RateLimit.ArrivalHarness.RunAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args.Length > 0 && args[0] == "login")
        {
            return Login.LoginHarness.RunAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args.Length > 0 && args[0] == "parse-loop")
        {
            return Parsing.ParseLoop.Run(args[1..]);
        }

        var quick = args.Contains(QuickConfig.Switch, StringComparer.Ordinal);
        var rest = args.Where(a => a != QuickConfig.Switch).ToArray();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, QuickConfig.Create(quick));
        return 0;
    }
}
