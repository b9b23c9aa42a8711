namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>How one migration runs.</summary>
/// <param name="Execute">False for a dry run: read, classify, hash, report, and send no write.</param>
/// <param name="BatchSize">Rows per batch (one transaction each).</param>
/// <param name="Sleep">Pause after each batch, to leave room for the production load.</param>
/// <param name="MaxDuration">Stop (after a whole batch) once this much time has passed; null for no limit.</param>
/// <param name="Writers">
/// The writers asked for with <c>--writers</c> (1 to <see cref="WriterCount.Max"/>); null for
/// <see cref="WriterCount.Default"/>. More than one only on engines with row locks (<see cref="WriterCount"/>).
/// </param>
internal sealed record MigrationOptions(bool Execute, int BatchSize, TimeSpan Sleep, TimeSpan? MaxDuration, int? Writers = 1)
{
    /// <summary>The largest accepted batch.</summary>
    public const int MaxBatchSize = 100_000;
}
