namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>The tokens of the harness's four disjoint sets of rows. Generated per run, never printed.</summary>
internal sealed record LoginBenchSets(string[] Active, string[] Plaintext, string[] Older, string[] PlaintextNoRehash);
