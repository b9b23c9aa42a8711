namespace Entsoe.Transparency;

// The typed data items of the transmission domain (articles 11.1 and 12.1): one border, one direction per request, or
// every border of an area from the neighbours table.
// Parameter names and codes follow the platform's Web API user guide and entsoe-py; each method states the request it
// sends.
public partial class TransparencyClient
{
    // The guide's sample requests for A09 and A61 spell it with a capital T (day-ahead prices use ".type").
    private const string ContractTypeParameter = "contract_MarketAgreement.Type";

    // Spelt as entsoe-py sends them for A31 and as the platform answered a recorded A25 request (ENTSOE.jl's cassette of
    // explicit allocations): a capital first letter, which the guide's own continuous-allocation sample uses too.
    private const string AuctionTypeParameter = "Auction.Type";
    private const string AuctionCategoryParameter = "Auction.Category";
    private const string ClassificationPositionParameter = "ClassificationSequence_AttributeInstanceComponent.Position";

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

    /// <summary>
    /// Offered transfer capacity (11.1 implicit, 11.1.A explicit) from <paramref name="fromArea"/> to
    /// <paramref name="toArea"/>: document type <c>A31</c>, <c>out_Domain</c> = <paramref name="fromArea"/>,
    /// <c>in_Domain</c> = <paramref name="toArea"/>, <c>Auction.Type</c> from <paramref name="allocation"/> (<c>A01</c>
    /// implicit, <c>A02</c> explicit), <c>contract_MarketAgreement.Type</c> from <paramref name="contractType"/> and,
    /// when given, <c>Auction.Category</c> from <paramref name="auctionCategory"/>. One request per year of the period
    /// (the guide's range limit), parsed and trimmed to <c>[start, end)</c>; the platform answers in whole local days.
    /// </summary>
    /// <remarks>
    /// entsoe-py's <c>query_offered_capacity</c> with <c>implicit=False</c> sends document type <c>A25</c> with
    /// <c>businessType</c> <c>B05</c>, which is the use of the transfer capacity (12.1.A), not the capacity offered;
    /// this method asks for the explicit offered capacity as the guide defines it (11.1.A: <c>A31</c>, <c>Auction.Type</c>
    /// <c>A02</c>). For the intraday allocations (continuous, the intraday auctions) see
    /// <see cref="GetIntradayOfferedCapacityAsync"/>.
    /// </remarks>
    /// <param name="fromArea">The exporting side, sent as <c>out_Domain</c>.</param>
    /// <param name="toArea">The importing side, sent as <c>in_Domain</c>.</param>
    /// <param name="allocation">Implicit (market coupling) or explicit (auctioned) allocation.</param>
    /// <param name="contractType">The timeframe of the allocation: daily, weekly, monthly, quarterly, yearly, long term or intraday.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="auctionCategory">Only this product of an explicit auction (base, peak, off peak, hourly); null for every one.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The capacity series of that direction (quantities in <c>MAW</c>; <see cref="TimeSeries.ContractType"/> and
    /// <see cref="TimeSeries.AuctionCategory"/> tell several products of one period apart); empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="fromArea"/> or <paramref name="toArea"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="allocation"/>, <paramref name="contractType"/> or <paramref name="auctionCategory"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed capacity document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetOfferedCapacityAsync(
        TransparencyArea fromArea,
        TransparencyArea toArea,
        CapacityAllocation allocation,
        CapacityContractType contractType,
        DateTimeOffset start,
        DateTimeOffset end,
        AuctionCategory? auctionCategory = null,
        CancellationToken cancellationToken = default)
    {
        var auctionType = DataItemCodes.Of(allocation, nameof(allocation));
        var contract = DataItemCodes.Of(contractType, nameof(contractType));
        var query = OfferedCapacityQuery(fromArea, toArea, auctionType, contract, start, end);
        if (auctionCategory is { } category)
        {
            query.WithParameter(AuctionCategoryParameter, DataItemCodes.Of(category, nameof(auctionCategory)));
        }

        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Intraday offered transfer capacity (11.1) from <paramref name="fromArea"/> to <paramref name="toArea"/>: document
    /// type <c>A31</c>, <c>contract_MarketAgreement.Type</c> <c>A07</c>, <c>out_Domain</c> = <paramref name="fromArea"/>,
    /// <c>in_Domain</c> = <paramref name="toArea"/>, and from <paramref name="allocation"/> the <c>Auction.Type</c>
    /// (<c>A08</c> continuous, <c>A01</c> an intraday auction, <c>A02</c> explicit) with, for an auction,
    /// <c>ClassificationSequence_AttributeInstanceComponent.Position</c> 1, 2 or 3. One request per year of the period,
    /// parsed and trimmed to <c>[start, end)</c>.
    /// </summary>
    /// <param name="fromArea">The exporting side, sent as <c>out_Domain</c>.</param>
    /// <param name="toArea">The importing side, sent as <c>in_Domain</c>.</param>
    /// <param name="allocation">The continuous market, one of the three intraday auctions, or an explicit allocation.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The capacity series of that direction (quantities in <c>MAW</c>); empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fromArea"/> or <paramref name="toArea"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="allocation"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed capacity document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetIntradayOfferedCapacityAsync(
        TransparencyArea fromArea,
        TransparencyArea toArea,
        IntradayCapacityAllocation allocation,
        DateTimeOffset start,
        DateTimeOffset end,
        CancellationToken cancellationToken = default)
    {
        var (auctionType, position) = DataItemCodes.Of(allocation, nameof(allocation));
        var query = OfferedCapacityQuery(fromArea, toArea, auctionType, DataItemCodes.Of(CapacityContractType.Intraday, nameof(allocation)), start, end);
        if (position is not null)
        {
            query.WithParameter(ClassificationPositionParameter, position);
        }

        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Cross-border physical flows (12.1.G) across every border of <paramref name="area"/> in one direction: one
    /// <see cref="GetCrossBorderPhysicalFlowsAsync"/> call per neighbour of <see cref="TransparencyAreaNeighbours.Of"/>,
    /// in turn (each split by year), with the neighbour as <c>out_Domain</c> for imports or as <c>in_Domain</c> for
    /// exports, and the sum of them all over time.
    /// </summary>
    /// <remarks>
    /// entsoe-py's <c>query_physical_crossborder_allborders</c> does the same from its own table, but drops a border
    /// whose flows are all zero and can resample to hours; here every border that answered is kept, at its own
    /// resolution, and <see cref="NeighbourFlows.Total"/> sums the borders at the finest step any of them has. An area
    /// with no neighbours in the table (a country, a control area) sends nothing and comes back empty.
    /// </remarks>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.Nl"/>.</param>
    /// <param name="direction">Imports into the area or exports out of it.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The flows of each neighbour that answered with data, keyed by neighbour, and their total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed flow document.</exception>
    public virtual async Task<NeighbourFlows> GetPhysicalFlowsWithNeighboursAsync(
        TransparencyArea area,
        BorderFlowDirection direction,
        DateTimeOffset start,
        DateTimeOffset end,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        if (direction is not (BorderFlowDirection.Import or BorderFlowDirection.Export))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"{direction} is not a defined {nameof(BorderFlowDirection)}.");
        }

        // The period is checked before the first request, even for an area without neighbours.
        _ = QuerySplitter.Split(start, end, QuerySpanTable.GetMaximumSpan("A11"));
        var neighbours = TransparencyAreaNeighbours.Of(area);
        var byNeighbour = new Dictionary<TransparencyArea, IReadOnlyList<TimeSeries>>();
        var answered = new List<IReadOnlyList<TimeSeries>>();
        foreach (var neighbour in neighbours)
        {
            var series = direction == BorderFlowDirection.Import
                ? await GetCrossBorderPhysicalFlowsAsync(neighbour, area, start, end, cancellationToken).ConfigureAwait(false)
                : await GetCrossBorderPhysicalFlowsAsync(area, neighbour, start, end, cancellationToken).ConfigureAwait(false);
            if (series.Count > 0)
            {
                byNeighbour.Add(neighbour, series);
                answered.Add(series);
            }
        }

        return new NeighbourFlows(area, direction, neighbours, byNeighbour.AsReadOnly(), FlowTotals.Sum(answered));
    }

    /// <summary>
    /// Physical imports (12.1.G) into <paramref name="area"/> from each of its neighbours and their total:
    /// <see cref="GetPhysicalFlowsWithNeighboursAsync"/> with <see cref="BorderFlowDirection.Import"/>, as entsoe-py's
    /// <c>query_import</c> is its <c>query_physical_crossborder_allborders</c> with <c>export=False</c>.
    /// </summary>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.Nl"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The imports from each neighbour that answered with data, keyed by neighbour, and their total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed flow document.</exception>
    public virtual Task<NeighbourFlows> GetImportsAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default) =>
        GetPhysicalFlowsWithNeighboursAsync(area, BorderFlowDirection.Import, start, end, cancellationToken);

    /// <summary>
    /// An area's generation and its imports over the same period, as entsoe-py's <c>query_generation_import</c>
    /// combines them: <see cref="GetActualGenerationPerProductionTypeAsync"/> (A75, every production type), then
    /// <see cref="GetImportsAsync"/> (A11 from every neighbour).
    /// </summary>
    /// <remarks>
    /// entsoe-py nets each production type's consumption off its generation, drops the all-zero columns and fills
    /// the gaps of one table forward into the other; the typed result keeps both sets as the platform states them,
    /// so no value is invented and the caller chooses how to align them.
    /// </remarks>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.Nl"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The generation series and the imports; either part empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed generation or flow document.</exception>
    public virtual async Task<GenerationAndImports> GetGenerationAndImportsAsync(TransparencyArea area, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        var generation = await GetActualGenerationPerProductionTypeAsync(area, start, end, productionType: null, cancellationToken).ConfigureAwait(false);
        var imports = await GetImportsAsync(area, start, end, cancellationToken).ConfigureAwait(false);
        return new GenerationAndImports(generation, imports);
    }

    private static TransparencyQuery OfferedCapacityQuery(TransparencyArea fromArea, TransparencyArea toArea, string auctionType, string contractType, DateTimeOffset start, DateTimeOffset end) =>
        NewBorderQuery("A31", fromArea, toArea, start, end)
            .WithParameter(AuctionTypeParameter, auctionType)
            .WithParameter(ContractTypeParameter, contractType);

    private static TransparencyQuery NewBorderQuery(string documentType, TransparencyArea fromArea, TransparencyArea toArea, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(fromArea);
        ArgumentNullException.ThrowIfNull(toArea);
        return NewQuery(documentType, start, end)
            .WithDomain("in_Domain", toArea.Eic)
            .WithDomain("out_Domain", fromArea.Eic);
    }
}
