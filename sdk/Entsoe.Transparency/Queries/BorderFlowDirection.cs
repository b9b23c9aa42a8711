namespace Entsoe.Transparency;

/// <summary>Which way the flows of <see cref="TransparencyClient.GetPhysicalFlowsWithNeighboursAsync"/> run across an area's borders.</summary>
public enum BorderFlowDirection
{
    /// <summary>Into the area: each neighbour is the <c>out_Domain</c>, the area the <c>in_Domain</c>.</summary>
    Import = 0,

    /// <summary>Out of the area: the area is the <c>out_Domain</c>, each neighbour the <c>in_Domain</c>.</summary>
    Export = 1,
}
