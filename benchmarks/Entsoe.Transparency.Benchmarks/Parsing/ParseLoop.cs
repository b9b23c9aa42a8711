using System.Diagnostics;
using System.Globalization;

namespace Entsoe.Transparency.Benchmarks.Parsing;

/// <summary>
/// <c>parse-loop [rounds]</c>: the same-process comparison of docs/benchmarks.md (Parsing). After
/// <see cref="ParseBenchmarks"/>' own setup, it alternates the bare framework pass, the bare pass of the purpose-built
/// reader, <c>Parse</c> and <c>Parse</c> with the one-month window, and keeps each one's fastest call: alternating
/// puts every subject under the same load and the same process mode, which a busy two-core machine does not give
/// separate processes.
/// </summary>
internal static class ParseLoop
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var benchmarks = new ParseBenchmarks();
        benchmarks.Setup();
        (string Name, Func<int> Call)[] subjects =
        [
            ("bare framework XmlReader pass", benchmarks.XmlReaderPass),
            ("bare purpose-built reader pass", benchmarks.Utf8ReaderPass),
            ("Parse", benchmarks.Parse),
            ("Parse, one-month window", benchmarks.ParseWindow),
        ];
        var fastest = Enumerable.Repeat(double.MaxValue, subjects.Length).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < subjects.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                subjects[i].Call();
                fastest[i] = Math.Min(fastest[i], Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} alternations, fastest call of each; ratios against the bare framework pass"));
        for (var i = 0; i < subjects.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{subjects[i].Name,-32} {fastest[i],8:0.000} ms  {fastest[i] / fastest[0]:0.000}"));
        }

        return 0;
    }
}
