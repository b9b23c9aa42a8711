namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>The <c>entsoe-tokens migrate</c> options a harness run passes through; null leaves the tool's default.</summary>
/// <param name="BatchSize">--batch-size, or null for the tool's default.</param>
/// <param name="Writers">--writers, or null for the tool's default.</param>
/// <param name="ToolPaths">
/// The builds to run in every round, in this order (an entsoe-tokens.dll, or the executable of a self-contained
/// publish); empty for the one copied next to the harness.
/// </param>
public sealed record ToolOptions(int? BatchSize, int? Writers, IReadOnlyList<string> ToolPaths);
