namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>The tokens of the harness's disjoint sets of rows (warm-up rows are active-key). Generated per run, never printed.</summary>
internal sealed record LoginBenchSets(string[] Active, string[] Plaintext, string[] Older, string[] PlaintextNoRehash, string[] Warm);
