namespace Entsoe.Transparency;

/// <summary>
/// One series of a balancing document (procured capacity A15, contracted reserves A81, activated energy A83 and its
/// prices A84), with its codes read into enums and its points as quantity and price. <see cref="Series"/> keeps the
/// series as parsed: every code as the platform wrote it, the units, the periods and their resolutions.
/// </summary>
public sealed class BalancingSeries
{
    internal BalancingSeries(TimeSeries series, BalancingReserveType? requestedReserveType)
    {
        Series = series;
        ReserveType = BalancingCodes.ReserveTypeOfBusinessType(series.BusinessType) ?? requestedReserveType;
        Direction = BalancingCodes.DirectionOf(series.FlowDirection);
        MarketAgreementType = BalancingCodes.MarketAgreementTypeOf(series.MarketAgreementType);
        Points = PointsOf(series);
    }

    /// <summary>The series as parsed, with the platform's own codes.</summary>
    public TimeSeries Series { get; }

    /// <summary>
    /// The kind of reserve: from the series' <c>businessType</c> (<c>A95</c>-<c>A98</c>) where it names one, else the
    /// kind the query asked for (procured capacity and contracted reserves state <c>B95</c>, "procured capacity", and
    /// name the reserve in the document's <c>processType</c>). Null when neither says.
    /// </summary>
    public BalancingReserveType? ReserveType { get; }

    /// <summary>The <c>flowDirection.direction</c>: up, down or symmetric; null when the series states none or an unknown code (see <see cref="TimeSeries.FlowDirection"/>).</summary>
    public BalancingDirection? Direction { get; }

    /// <summary>The <c>type_MarketAgreement.type</c>: the contract period; null when the series states none or an unknown code (see <see cref="TimeSeries.MarketAgreementType"/>).</summary>
    public BalancingMarketAgreementType? MarketAgreementType { get; }

    /// <summary>The points of every period in document order (an <c>A03</c> curve already expanded), narrowed to the requested period.</summary>
    public IReadOnlyList<BalancingPoint> Points { get; }

    private static IReadOnlyList<BalancingPoint> PointsOf(TimeSeries series)
    {
        // The parser puts a quantity first and the price beside it second; a point with a price only has it first.
        var quantityFirst = series.ValueKind is TimeSeriesValueKind.Quantity;
        var points = new List<BalancingPoint>();
        foreach (var period in series.Periods)
        {
            foreach (var point in period.Points)
            {
                points.Add(quantityFirst
                    ? new BalancingPoint(point.Timestamp, point.Value, series.SecondaryValueKind is TimeSeriesValueKind.SecondaryQuantity ? null : point.SecondaryValue)
                    : new BalancingPoint(point.Timestamp, null, point.Value));
            }
        }

        return points.AsReadOnly();
    }
}
