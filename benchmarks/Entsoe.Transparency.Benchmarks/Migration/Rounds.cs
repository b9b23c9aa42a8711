namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>What each round of the migration harness measures besides the tool.</summary>
/// <param name="Reference">Time the engine's one-statement reference first.</param>
/// <param name="Floor">Also time the batch contract's floor (SQLite).</param>
/// <param name="Repeat">How many rounds.</param>
public sealed record Rounds(bool Reference, bool Floor, int Repeat);
