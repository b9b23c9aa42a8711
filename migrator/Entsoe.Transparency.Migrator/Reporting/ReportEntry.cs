using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Reporting;

/// <summary>One report row: never a value, only the key and what happened.</summary>
/// <param name="Key">The row's key.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Flags">Details.</param>
/// <param name="Batch">The 1-based batch number.</param>
internal readonly record struct ReportEntry(RowKey Key, RowOutcome Outcome, RowFlags Flags, long Batch);
