namespace Entsoe.Transparency;

// The typed data items of the platform's load, generation and transmission domains. Parameter names and codes follow
// the platform's Web API user guide (its sample request of each item) and entsoe-py, the reference client; each
// method states the request it sends so a caller can check it against the guide.
public partial class TransparencyClient
{
    // The guide's sample requests for A09 and A61 spell it with a capital T (day-ahead prices use ".type").
    private const string ContractTypeParameter = "contract_MarketAgreement.Type";

    /// <summary>
    /// Day-ahead prices (document type A44) of <paramref name="area"/> over any period: one request per year and per page
    /// of 100 daily series (<see cref="QueryAllAsync"/>), parsed, and trimmed to <c>[start, end)</c> (the platform
    /// answers in whole days). Since 2025-10-01 the SDAC auction runs in 15-minute steps; earlier data is mostly hourly.
    /// </summary>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// Every price series in time order, with <see cref="TimeSeries.CurrencyUnit"/> and <see cref="TimeSeries.PriceUnit"/>;
    /// empty when nothing matches. Where an area publishes several series for the same day (DE-LU, AT), tell them apart
    /// by <see cref="TimeSeries.Sequence"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed price document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetDayAheadPricesAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = new TransparencyQuery("A44") { PeriodStart = start, PeriodEnd = end, ThrowOnNoMatchingData = false }
            .WithDomain("in_Domain", area.Eic)
            .WithDomain("out_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Actual total load (6.1.A) of <paramref name="area"/>: document type <c>A65</c>, process type <c>A16</c>
    /// (realised), the area as <c>outBiddingZone_Domain</c>. One request per year of the period, parsed and trimmed to
    /// <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The load series in time order (quantities in <see cref="TimeSeries.QuantityUnit"/>, <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed load document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetActualTotalLoadAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A65", "A16", start, end).WithDomain("outBiddingZone_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Day-ahead total load forecast (6.1.B) of <paramref name="area"/>: document type <c>A65</c>, process type
    /// <c>A01</c> (day ahead), the area as <c>outBiddingZone_Domain</c>. One request per year of the period, parsed
    /// and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The forecast series in time order (quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed load document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetDayAheadTotalLoadForecastAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A65", "A01", start, end).WithDomain("outBiddingZone_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Actual generation per production type (16.1.B&amp;C) of <paramref name="area"/>, every type: document type
    /// <c>A75</c>, process type <c>A16</c> (realised), the area as <c>in_Domain</c>. One request per year of the
    /// period, parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.Fr"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// One series per production type and period (<see cref="TimeSeries.PsrType"/>, quantities in <c>MAW</c>); empty when
    /// nothing matches. A series with <see cref="TimeSeries.OutBiddingZone"/> set and no
    /// <see cref="TimeSeries.InBiddingZone"/> is consumption (pumping, storage charging), not generation.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetActualGenerationPerProductionTypeAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetActualGenerationPerProductionTypeCoreAsync(area, null, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Actual generation (16.1.B&amp;C) of one production type in <paramref name="area"/>: as
    /// <see cref="GetActualGenerationPerProductionTypeAsync(TransparencyArea, DateTimeOffset, DateTimeOffset, CancellationToken)"/>
    /// with <c>psrType</c> set to <paramref name="productionType"/>'s code.
    /// </summary>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.Fr"/>.</param>
    /// <param name="productionType">The production type, for example <see cref="ProductionType.Solar"/> (<c>B16</c>).</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The series of that type (quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="productionType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetActualGenerationPerProductionTypeAsync(TransparencyArea area, ProductionType productionType, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetActualGenerationPerProductionTypeCoreAsync(area, productionType, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Day-ahead generation forecasts for wind and solar (14.1.D) of <paramref name="area"/>, every type: document type
    /// <c>A69</c>, process type <c>A01</c> (day ahead), the area as <c>in_Domain</c>. One request per year of the
    /// period, parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// One series per type and period: solar (<c>B16</c>), wind offshore (<c>B18</c>), wind onshore (<c>B19</c>), in
    /// <see cref="TimeSeries.PsrType"/>, quantities in <c>MAW</c>; empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetWindAndSolarForecastAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetWindAndSolarForecastCoreAsync(area, WindAndSolarForecastHorizon.DayAhead, null, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Generation forecasts for wind and solar (14.1.D) of <paramref name="area"/> for a chosen horizon: document type
    /// <c>A69</c>, process type from <paramref name="horizon"/> (<c>A01</c>, <c>A40</c> or <c>A18</c>), the area as
    /// <c>in_Domain</c>, and <c>psrType</c> when <paramref name="productionType"/> is given. One request per year of the
    /// period, parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="horizon">Which forecast: day ahead, intraday or current.</param>
    /// <param name="productionType">One type (<see cref="ProductionType.Solar"/>, <see cref="ProductionType.WindOffshore"/>, <see cref="ProductionType.WindOnshore"/>), or null for all three.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>One series per type and period (quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> or <paramref name="productionType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetWindAndSolarForecastAsync(TransparencyArea area, WindAndSolarForecastHorizon horizon, ProductionType? productionType, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetWindAndSolarForecastCoreAsync(area, horizon, productionType, start, end, cancellationToken).ConfigureAwait(false);
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
    /// Installed generation capacity per production type (14.1.A) of <paramref name="area"/>, every type: document type
    /// <c>A68</c>, process type <c>A33</c> (year ahead), the area as <c>in_Domain</c>. The platform sets this item no
    /// range limit, so any period is one request (<see cref="QuerySpanTable"/>).
    /// </summary>
    /// <remarks>
    /// Each value holds for a whole calendar year and is stamped at the start of that year in the area's time zone (for
    /// Germany, 2025-12-31T23:00Z for 2026). Results keep every yearly value whose year overlaps <c>[start, end)</c>
    /// (<see cref="TransparencyParseOptions.KeepOverlappingPoints"/>), so a period in June returns that year's capacity.
    /// </remarks>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>One series per production type (<see cref="TimeSeries.PsrType"/>), one yearly point each, in <c>MAW</c>; empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetInstalledCapacityPerProductionTypeAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetInstalledCapacityPerProductionTypeCoreAsync(area, null, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Installed generation capacity (14.1.A) of one production type in <paramref name="area"/>: as
    /// <see cref="GetInstalledCapacityPerProductionTypeAsync(TransparencyArea, DateTimeOffset, DateTimeOffset, CancellationToken)"/>
    /// with <c>psrType</c> set to <paramref name="productionType"/>'s code: every yearly value whose year overlaps the
    /// period.
    /// </summary>
    /// <param name="area">A bidding zone, control area or country, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="productionType">The production type, for example <see cref="ProductionType.WindOffshore"/> (<c>B18</c>).</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The series of that type, one yearly point per year, in <c>MAW</c>; empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="productionType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetInstalledCapacityPerProductionTypeAsync(TransparencyArea area, ProductionType productionType, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetInstalledCapacityPerProductionTypeCoreAsync(area, productionType, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Actual generation per generation unit (16.1.A) in <paramref name="area"/>, every unit: document type <c>A73</c>,
    /// process type <c>A16</c> (realised), the area as <c>in_Domain</c>. The platform serves at most one day per request
    /// (<see cref="QuerySpanTable"/>), so a period of <i>n</i> days costs <i>n</i> requests of the shared rate limit.
    /// </summary>
    /// <remarks>
    /// Each series names its unit: <see cref="TimeSeries.ResourceId"/> (the unit's EIC code) and
    /// <see cref="TimeSeries.ResourceName"/>. To ask for one unit only, use
    /// <see cref="GetActualGenerationPerUnitAsync(TransparencyArea, ProductionType?, string?, DateTimeOffset, DateTimeOffset, CancellationToken)"/>.
    /// </remarks>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.Fr"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>One series per unit and period (<see cref="TimeSeries.PsrType"/>, quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetActualGenerationPerUnitAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetActualGenerationPerUnitCoreAsync(area, null, null, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Actual generation per generation unit (16.1.A) in <paramref name="area"/>, filtered: as
    /// <see cref="GetActualGenerationPerUnitAsync(TransparencyArea, DateTimeOffset, DateTimeOffset, CancellationToken)"/>
    /// with <c>psrType</c> when <paramref name="productionType"/> is given and <c>registeredResource</c> when
    /// <paramref name="generationUnitEic"/> is (entsoe-py's <c>eic_code</c>).
    /// </summary>
    /// <param name="area">A bidding zone or control area, for example <see cref="TransparencyAreas.Fr"/>.</param>
    /// <param name="productionType">One production type, or null for every type.</param>
    /// <param name="generationUnitEic">One generation unit's EIC code (a <c>W</c> code such as <c>17W100P100P0344D</c>), or null for every unit.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The matching series (quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="productionType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="generationUnitEic"/> is not a valid EIC code, or the period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetActualGenerationPerUnitAsync(TransparencyArea area, ProductionType? productionType, string? generationUnitEic, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        return await GetActualGenerationPerUnitCoreAsync(area, productionType, generationUnitEic, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Cross-border physical flows (12.1.G) from <paramref name="fromArea"/> into <paramref name="toArea"/>: document
    /// type <c>A11</c>, <c>out_Domain</c> = <paramref name="fromArea"/> (where the energy leaves) and <c>in_Domain</c> =
    /// <paramref name="toArea"/> (where it arrives), as the platform's guide and entsoe-py define them. One request per
    /// year of the period, parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <remarks>
    /// The platform answers one direction per request and its quantities are never negative: a time step when the
    /// energy flowed the other way reads 0 here and appears in the reverse query. The net flow from A to B is
    /// <c>GetCrossBorderPhysicalFlowsAsync(A, B)</c> minus <c>GetCrossBorderPhysicalFlowsAsync(B, A)</c>.
    /// </remarks>
    /// <param name="fromArea">The exporting side, sent as <c>out_Domain</c>.</param>
    /// <param name="toArea">The importing side, sent as <c>in_Domain</c>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The flow series (<see cref="TimeSeries.InDomain"/>, <see cref="TimeSeries.OutDomain"/>, quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fromArea"/> or <paramref name="toArea"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed flow document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetCrossBorderPhysicalFlowsAsync(TransparencyArea fromArea, TransparencyArea toArea, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        var query = NewBorderQuery("A11", fromArea, toArea, start, end);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Scheduled commercial exchanges (12.1.F) from <paramref name="fromArea"/> to <paramref name="toArea"/>: document
    /// type <c>A09</c>, <c>out_Domain</c> = <paramref name="fromArea"/>, <c>in_Domain</c> = <paramref name="toArea"/>
    /// (the same direction as <see cref="GetCrossBorderPhysicalFlowsAsync"/>), and
    /// <c>contract_MarketAgreement.Type</c> from <paramref name="scheduleType"/>: <c>A05</c> total or <c>A01</c> day
    /// ahead. One request per year of the period, parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="fromArea">The exporting side, sent as <c>out_Domain</c>.</param>
    /// <param name="toArea">The importing side, sent as <c>in_Domain</c>.</param>
    /// <param name="scheduleType">Total (every timeframe) or day-ahead exchanges.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The schedule series of that direction (quantities in <c>MAW</c>, <see cref="TimeSeries.ContractType"/>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fromArea"/> or <paramref name="toArea"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheduleType"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed schedule document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetScheduledCommercialExchangesAsync(TransparencyArea fromArea, TransparencyArea toArea, CommercialScheduleType scheduleType, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        var contract = DataItemCodes.Of(scheduleType, nameof(scheduleType));
        var query = NewBorderQuery("A09", fromArea, toArea, start, end).WithParameter(ContractTypeParameter, contract);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Forecasted net transfer capacity (11.1.A) from <paramref name="fromArea"/> to <paramref name="toArea"/>: document
    /// type <c>A61</c>, <c>out_Domain</c> = <paramref name="fromArea"/>, <c>in_Domain</c> = <paramref name="toArea"/>,
    /// and <c>contract_MarketAgreement.Type</c> from <paramref name="horizon"/>: <c>A01</c> day ahead, <c>A02</c> week
    /// ahead, <c>A03</c> month ahead or <c>A04</c> year ahead. One request per year of the period, parsed and trimmed to
    /// <c>[start, end)</c>.
    /// </summary>
    /// <param name="fromArea">The exporting side, sent as <c>out_Domain</c>.</param>
    /// <param name="toArea">The importing side, sent as <c>in_Domain</c>.</param>
    /// <param name="horizon">Which forecast: day, week, month or year ahead.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The capacity series of that direction (quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fromArea"/> or <paramref name="toArea"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed capacity document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetNetTransferCapacityAsync(TransparencyArea fromArea, TransparencyArea toArea, NetTransferCapacityHorizon horizon, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        var contract = DataItemCodes.Of(horizon, nameof(horizon));
        var query = NewBorderQuery("A61", fromArea, toArea, start, end).WithParameter(ContractTypeParameter, contract);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    private static TransparencyQuery NewQuery(string documentType, string processType, DateTimeOffset start, DateTimeOffset end) =>
        new(documentType) { ProcessType = processType, PeriodStart = start, PeriodEnd = end, ThrowOnNoMatchingData = false };

    private static TransparencyQuery NewBorderQuery(string documentType, TransparencyArea fromArea, TransparencyArea toArea, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(fromArea);
        ArgumentNullException.ThrowIfNull(toArea);
        return new TransparencyQuery(documentType) { PeriodStart = start, PeriodEnd = end, ThrowOnNoMatchingData = false }
            .WithDomain("in_Domain", toArea.Eic)
            .WithDomain("out_Domain", fromArea.Eic);
    }

    private async Task<IReadOnlyList<TimeSeries>> GetActualGenerationPerProductionTypeCoreAsync(TransparencyArea area, ProductionType? productionType, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var query = NewQuery("A75", "A16", start, end).WithDomain("in_Domain", area.Eic);
        if (productionType is { } type)
        {
            query.WithParameter("psrType", DataItemCodes.Of(type, nameof(productionType)));
        }

        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<TimeSeries>> GetWindAndSolarForecastCoreAsync(TransparencyArea area, WindAndSolarForecastHorizon horizon, ProductionType? productionType, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var query = NewQuery("A69", DataItemCodes.Of(horizon, nameof(horizon)), start, end).WithDomain("in_Domain", area.Eic);
        if (productionType is { } type)
        {
            query.WithParameter("psrType", DataItemCodes.Of(type, nameof(productionType)));
        }

        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<TimeSeries>> GetInstalledCapacityPerProductionTypeCoreAsync(TransparencyArea area, ProductionType? productionType, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var query = NewQuery("A68", "A33", start, end).WithDomain("in_Domain", area.Eic);
        if (productionType is { } type)
        {
            query.WithParameter("psrType", DataItemCodes.Of(type, nameof(productionType)));
        }

        // A year's value is stamped at the local new year, usually before the period's start.
        return await GetSeriesAsync(query, start, end, cancellationToken, keepOverlappingPoints: true).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<TimeSeries>> GetActualGenerationPerUnitCoreAsync(TransparencyArea area, ProductionType? productionType, string? generationUnitEic, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var query = NewQuery("A73", "A16", start, end).WithDomain("in_Domain", area.Eic);
        if (productionType is { } type)
        {
            query.WithParameter("psrType", DataItemCodes.Of(type, nameof(productionType)));
        }

        if (generationUnitEic is not null)
        {
            query.WithParameter("registeredResource", EicCode.Validate(generationUnitEic, nameof(generationUnitEic)));
        }

        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    // Every typed series method ends here: all requests of the query, each response parsed (an archive entry by entry)
    // and trimmed to the window.
    private async Task<IReadOnlyList<TimeSeries>> GetSeriesAsync(TransparencyQuery query, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken, bool keepOverlappingPoints = false)
    {
        var options = new TransparencyParseOptions
        {
            Window = new UtcInterval(start.ToUniversalTime(), end.ToUniversalTime()),
            KeepOverlappingPoints = keepOverlappingPoints,
        };
        var series = new List<TimeSeries>();
        await foreach (var response in QueryAllAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (response.ContentKind == TransparencyContentKind.Zip)
            {
                foreach (var entry in ParseRedacted(() => TransparencyDocumentParser.ParseArchive(response, options)))
                {
                    series.AddRange(entry.Document.TimeSeries);
                }
            }
            else
            {
                series.AddRange(ParseRedacted(() => TransparencyDocumentParser.Parse(response, options)).TimeSeries);
            }
        }

        return series;
    }

    // A parse error quotes the document (a value, an entry name), and the document is the server's text, which could
    // echo the token: the client's redactor sees every such message before the caller does.
    private T ParseRedacted<T>(Func<T> parse) => redactor.RedactErrorsOf(parse);
}
