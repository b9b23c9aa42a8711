namespace Entsoe.Transparency;

/// <summary>
/// The physical flows (A11) across every border of an area in one direction: the series of each neighbour that
/// answered, and their sum over time (what entsoe-py's <c>query_physical_crossborder_allborders</c> puts in its
/// <c>sum</c> column).
/// </summary>
public sealed class NeighbourFlows
{
    internal NeighbourFlows(
        TransparencyArea area,
        BorderFlowDirection direction,
        IReadOnlyList<TransparencyArea> neighbours,
        IReadOnlyDictionary<TransparencyArea, IReadOnlyList<TimeSeries>> byNeighbour,
        IReadOnlyList<TimeSeriesPoint> total)
    {
        Area = area;
        Direction = direction;
        Neighbours = neighbours;
        ByNeighbour = byNeighbour;
        Total = total;
    }

    /// <summary>The area whose borders were asked.</summary>
    public TransparencyArea Area { get; }

    /// <summary>Into the area or out of it.</summary>
    public BorderFlowDirection Direction { get; }

    /// <summary>Every neighbour asked, in the order of <see cref="TransparencyAreaNeighbours.Of"/>, whether it answered with data or not.</summary>
    public IReadOnlyList<TransparencyArea> Neighbours { get; }

    /// <summary>
    /// The flow series of each neighbour that answered with data (quantities in <c>MAW</c>, trimmed to the period); a
    /// neighbour with no matching data is not a key. A border whose flow was 0 throughout is kept: a zero is data.
    /// </summary>
    public IReadOnlyDictionary<TransparencyArea, IReadOnlyList<TimeSeries>> ByNeighbour { get; }

    /// <summary>
    /// The sum of the borders' flows at every instant at which one of them has a point, in time order: each border
    /// adds the value of its point that covers the instant (a point covers its resolution from its timestamp), so a
    /// border in hourly steps adds its hourly value to each quarter hour of a border in 15-minute steps. A border with
    /// no point covering an instant adds nothing to it.
    /// </summary>
    public IReadOnlyList<TimeSeriesPoint> Total { get; }
}
