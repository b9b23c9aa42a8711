namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>The <c>entsoe-tokens migrate</c> options a harness run passes through; null leaves the tool's default.</summary>
public sealed record ToolOptions(int? BatchSize, int? Writers);
