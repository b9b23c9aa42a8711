namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// Keeps the tool's peak memory flat by collecting the young generations (0 and 1) once every
/// <see cref="DefaultBudgetBytes"/> allocated, instead of at the budget the runtime picks.
/// </summary>
/// <remarks>
/// <para>The runtime sizes generation 0 from the CPU's cache: on a server CPU with a large L3 it lets 20-40 MB of
/// short-lived batch objects pile up before the first collection, and that memory stays resident. A migration keeps
/// almost nothing alive between batches (about 5 MB of live heap), so a small generation 0 costs little: on
/// 1,000,000 PostgreSQL rows with two writers, peak memory fell from 122-138 MB to 85 MB (three writers: 91 MB) for the
/// same CPU time. Generation 1 is collected too: batches still in flight at a collection survive it, and promoted
/// to generation 2 they piled up until a full collection (a 5M-row run then peaked at 96 MB instead of 91 MB).</para>
/// <para>The setting that would do this (<c>GCgen0size</c>) is read only from the environment, never from
/// <c>runtimeconfig.json</c>, so a tool started by a DBA cannot rely on it.</para>
/// </remarks>
internal sealed class HeapGovernor
{
    /// <summary>Bytes allocated between two collections; about four 1,000-row batches.</summary>
    public const long DefaultBudgetBytes = 2L * 1024 * 1024;

    private readonly long budget;
    private long lastCollection;

    public HeapGovernor(long budgetBytes = DefaultBudgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetBytes);
        budget = budgetBytes;
    }

    /// <summary>How many collections this governor asked for; for the verbose log and tests.</summary>
    public int Collections { get; private set; }

    /// <summary>
    /// Called between batches (never inside one): collects generations 0 and 1 when the budget is spent. The first call
    /// collects whatever start-up allocated.
    /// </summary>
    /// <returns>True when it collected.</returns>
    public bool AfterBatch()
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        if (allocated - lastCollection < budget)
        {
            return false;
        }

        GC.Collect(1, GCCollectionMode.Forced, blocking: true);
        lastCollection = allocated;
        Collections++;
        return true;
    }
}
