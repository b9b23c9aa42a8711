namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>The <c>entsoe-tokens migrate</c> options a harness run passes through; null leaves the tool's default.</summary>
/// <param name="BatchSize">--batch-size, or null for the tool's default.</param>
/// <param name="Writers">--writers, or null for the tool's default.</param>
/// <param name="ToolPath">The entsoe-tokens.dll to run; null for the one copied next to the harness.</param>
public sealed record ToolOptions(int? BatchSize, int? Writers, string? ToolPath = null);
