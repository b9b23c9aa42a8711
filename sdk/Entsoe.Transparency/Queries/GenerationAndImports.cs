namespace Entsoe.Transparency;

/// <summary>
/// An area's supply from both sources: its actual generation per production type (A75) and its physical imports
/// from every neighbour (A11), fetched for the same period, as entsoe-py's <c>query_generation_import</c> combines
/// them.
/// </summary>
public sealed class GenerationAndImports
{
    internal GenerationAndImports(IReadOnlyList<TimeSeries> generation, NeighbourFlows imports)
    {
        Generation = generation;
        Imports = imports;
    }

    /// <summary>
    /// The generation series, one per production type (<see cref="TimeSeries.PsrType"/>); a series with
    /// <see cref="TimeSeries.OutDomain"/> set (and no <see cref="TimeSeries.InDomain"/>) is the consumption of that
    /// type, such as pumping, as the platform reports it.
    /// </summary>
    public IReadOnlyList<TimeSeries> Generation { get; }

    /// <summary>The imports from each neighbour and their total.</summary>
    public NeighbourFlows Imports { get; }
}
