namespace Entsoe.Transparency;

/// <summary>How a period's points cover its interval (IEC 62325-451 <c>curveType</c>).</summary>
public enum TimeSeriesCurveType
{
    /// <summary>
    /// <c>A01</c>, sequential fixed size blocks: position <i>n</i> covers exactly the <i>n</i>-th resolution step, and a
    /// missing position is a gap with no value. The platform's default when a series states no curve type.
    /// </summary>
    SequentialFixedSizeBlocks = 0,

    /// <summary>
    /// <c>A03</c>, variable sized blocks: a point holds until the next stated position or the end of the period, so
    /// the parser repeats its value for every missing position after it. Positions before the first stated one get no
    /// point: there is no value to repeat.
    /// </summary>
    VariableSizedBlocks = 1,
}
