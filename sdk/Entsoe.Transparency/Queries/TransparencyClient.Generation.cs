namespace Entsoe.Transparency;

// The typed data items of the generation domain (articles 14.1 and 16.1). Parameter names and codes follow the
// platform's Web API user guide and entsoe-py; each method states the request it sends. Filters the platform takes as
// optional parameters (psrType, registeredResource) are optional parameters here, null for "every one".
public partial class TransparencyClient
{
    /// <summary>
    /// Actual generation per production type (16.1.B&amp;C) of <paramref name="area"/>: document type <c>A75</c>,
    /// process type <c>A16</c> (realised), the area as <c>in_Domain</c>, and <c>psrType</c> when
    /// <paramref name="productionType"/> is given. One request per year of the period, parsed and trimmed to
    /// <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.Fr"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="productionType">One production type, for example <see cref="ProductionType.Solar"/> (<c>B16</c>), or null for every type.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// One series per production type and period (<see cref="TimeSeries.PsrType"/>, quantities in <c>MAW</c>); empty when
    /// nothing matches. A series with <see cref="TimeSeries.OutBiddingZone"/> set and no
    /// <see cref="TimeSeries.InBiddingZone"/> is consumption (pumping, storage charging), not generation.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="productionType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetActualGenerationPerProductionTypeAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        ProductionType? productionType = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A75", "A16", start, end).WithDomain("in_Domain", area.Eic);
        WithProductionType(query, productionType);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Actual generation per generation unit (16.1.A) in <paramref name="area"/>: document type <c>A73</c>, process type
    /// <c>A16</c> (realised), the area as <c>in_Domain</c>, <c>psrType</c> when <paramref name="productionType"/> is
    /// given and <c>registeredResource</c> when <paramref name="generationUnitEic"/> is (entsoe-py's <c>eic_code</c>).
    /// The platform serves at most one day per request (<see cref="QuerySpanTable"/>), so a period of <i>n</i> days
    /// costs <i>n</i> requests of the shared rate limit.
    /// </summary>
    /// <remarks>
    /// Each series names its unit: <see cref="TimeSeries.ResourceId"/> (the unit's EIC code) and
    /// <see cref="TimeSeries.ResourceName"/>.
    /// </remarks>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.Fr"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="productionType">One production type, or null for every type.</param>
    /// <param name="generationUnitEic">One generation unit's EIC code (a <c>W</c> code such as <c>17W100P100P0344D</c>), or null for every unit.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>One series per unit and period (<see cref="TimeSeries.PsrType"/>, quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="productionType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="generationUnitEic"/> is not a valid EIC code, or the period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetActualGenerationPerUnitAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        ProductionType? productionType = null,
        string? generationUnitEic = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A73", "A16", start, end).WithDomain("in_Domain", area.Eic);
        WithProductionType(query, productionType);
        if (generationUnitEic is not null)
        {
            query.WithParameter("registeredResource", EicCode.Validate(generationUnitEic, nameof(generationUnitEic)));
        }

        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Generation forecasts for wind and solar (14.1.D) of <paramref name="area"/>: document type <c>A69</c>, process
    /// type from <paramref name="horizon"/> (<c>A01</c> day ahead, <c>A40</c> intraday or <c>A18</c> current), the area
    /// as <c>in_Domain</c>, and <c>psrType</c> when <paramref name="productionType"/> is given. One request per year of
    /// the period, parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="horizon">Which forecast: day ahead, intraday or current.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="productionType">One type (<see cref="ProductionType.Solar"/>, <see cref="ProductionType.WindOffshore"/>, <see cref="ProductionType.WindOnshore"/>), or null for all three.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// One series per type and period: solar (<c>B16</c>), wind offshore (<c>B18</c>), wind onshore (<c>B19</c>), in
    /// <see cref="TimeSeries.PsrType"/>, quantities in <c>MAW</c>; empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> or <paramref name="productionType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetWindAndSolarForecastAsync(
        TransparencyArea area,
        WindAndSolarForecastHorizon horizon,
        DateTimeOffset start,
        DateTimeOffset end,
        ProductionType? productionType = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A69", DataItemCodes.Of(horizon, nameof(horizon)), start, end).WithDomain("in_Domain", area.Eic);
        WithProductionType(query, productionType);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Day-ahead aggregated generation forecast (14.1.C) of <paramref name="area"/>: document type <c>A71</c>, process
    /// type <c>A01</c> (day ahead), the area as <c>in_Domain</c>. One request per year of the period, parsed and trimmed
    /// to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The forecast of total scheduled generation (quantities in <c>MAW</c>); some areas add a series of scheduled
    /// consumption, told apart by <see cref="TimeSeries.OutBiddingZone"/>. Empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetGenerationForecastAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A71", "A01", start, end).WithDomain("in_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Installed generation capacity per production type (14.1.A) of <paramref name="area"/>: document type <c>A68</c>,
    /// process type <c>A33</c> (year ahead), the area as <c>in_Domain</c>, and <c>psrType</c> when
    /// <paramref name="productionType"/> is given. The platform sets this item no range limit, so any period is one
    /// request (<see cref="QuerySpanTable"/>).
    /// </summary>
    /// <remarks>
    /// Each value holds for a whole calendar year and is stamped at the start of that year in the area's time zone (for
    /// Germany, 2025-12-31T23:00Z for 2026). Results keep every yearly value whose year overlaps <c>[start, end)</c>
    /// (<see cref="TransparencyParseOptions.KeepOverlappingPoints"/>), so a period in June returns that year's capacity.
    /// </remarks>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="productionType">One production type, for example <see cref="ProductionType.WindOffshore"/> (<c>B18</c>), or null for every type.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>One series per production type (<see cref="TimeSeries.PsrType"/>), one yearly point each, in <c>MAW</c>; empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="productionType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetInstalledCapacityPerProductionTypeAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        ProductionType? productionType = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetInstalledCapacityAsync("A68", area, start, end, productionType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Installed generation capacity per production unit (14.1.B) in <paramref name="area"/>: document type <c>A71</c>,
    /// process type <c>A33</c> (year ahead), the area as <c>in_Domain</c>, and <c>psrType</c> when
    /// <paramref name="productionType"/> is given. The platform sets this item no range limit, so any period is one
    /// request (<see cref="QuerySpanTable"/>).
    /// </summary>
    /// <remarks>
    /// Each unit's capacity holds for a calendar year and is stamped at the start of that year in the area's time zone
    /// (the platform writes this item's intervals flattened, <c>timeInterval.start</c> with seconds, which the parser
    /// reads like any other). Results keep every yearly value whose year overlaps <c>[start, end)</c>
    /// (<see cref="TransparencyParseOptions.KeepOverlappingPoints"/>), as
    /// <see cref="GetInstalledCapacityPerProductionTypeAsync"/> does.
    /// </remarks>
    /// <inheritdoc cref="GetInstalledCapacityPerProductionTypeAsync" path="/param"/>
    /// <returns>
    /// One series per unit and year: the unit's EIC code in <see cref="TimeSeries.ResourceId"/>
    /// (<c>registeredResource.mRID</c>), its name in <see cref="TimeSeries.ResourceName"/>, its type in
    /// <see cref="TimeSeries.PsrType"/>, one yearly point in <c>MAW</c>. Empty when nothing matches.
    /// </returns>
    /// <inheritdoc cref="GetInstalledCapacityPerProductionTypeAsync" path="/exception"/>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetInstalledCapacityPerUnitAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        ProductionType? productionType = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetInstalledCapacityAsync("A71", area, start, end, productionType, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Aggregated filling rate of water reservoirs and hydro storage plants (16.1.D) of <paramref name="area"/>:
    /// document type <c>A72</c>, process type <c>A16</c> (realised), the area as <c>in_Domain</c>. One request per year
    /// of the period, parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <remarks>
    /// The platform states one value per week (<c>P7D</c>), the energy stored at the end of the week, stamped at the
    /// local midnight the week starts. A week that started before <paramref name="start"/> and still runs in the
    /// period is kept (<see cref="TransparencyParseOptions.KeepOverlappingPoints"/>), so a period of a few days returns
    /// the week it falls in.
    /// </remarks>
    /// <param name="area">A bidding zone or country with hydro storage, for example <see cref="TransparencyAreas.Bg"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The stored energy series in time order, quantities in <see cref="TimeSeries.QuantityUnit"/> (<c>MWH</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetWaterReservoirsAndHydroStorageAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A72", "A16", start, end).WithDomain("in_Domain", area.Eic);

        // A week's value is stamped at the local midnight the week starts, usually before the period's start.
        return await GetSeriesAsync(query, start, end, cancellationToken, keepOverlappingPoints: true).ConfigureAwait(false);
    }

    // Installed capacity per type (A68) and per unit (A71) are the same request but for the document type.
    private Task<IReadOnlyList<TimeSeries>> GetInstalledCapacityAsync(string documentType, TransparencyArea area, DateTimeOffset start, DateTimeOffset end, ProductionType? productionType, CancellationToken cancellationToken)
    {
        var query = NewQuery(documentType, "A33", start, end).WithDomain("in_Domain", area.Eic);
        WithProductionType(query, productionType);

        // A year's value is stamped at the local new year, usually before the period's start.
        return GetSeriesAsync(query, start, end, cancellationToken, keepOverlappingPoints: true);
    }

    private static void WithProductionType(TransparencyQuery query, ProductionType? productionType)
    {
        if (productionType is { } type)
        {
            query.WithParameter("psrType", DataItemCodes.Of(type, nameof(productionType)));
        }
    }
}
