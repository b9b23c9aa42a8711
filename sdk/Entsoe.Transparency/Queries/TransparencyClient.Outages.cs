namespace Entsoe.Transparency;

// The typed data items of the outages domain (unavailability of units, transmission and offshore grid, A77-A80).
public partial class TransparencyClient
{
    /// <summary>
    /// Outages of generation units (document type A80, "unavailability of generation units", article 15.1.A/B) in a
    /// bidding zone over any period: one request per year and per page of 200 documents (<see cref="QueryAllAsync"/>),
    /// each ZIP response parsed (<see cref="TransparencyDocumentParser.ParseOutages(TransparencyResponse, TransparencyParseOptions?)"/>).
    /// </summary>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.Be"/> (<c>biddingZone_Domain</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="outageType">Only planned (<c>A53</c>) or forced (<c>A54</c>) outages (<c>businessType</c>); null for both.</param>
    /// <param name="status">
    /// Only outages with this <c>docStatus</c>; null for the platform's default (active and cancelled). Withdrawn
    /// outages come back only when asked for with <see cref="OutageStatus.Withdrawn"/>.
    /// </param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The outages overlapping the period, each once (an outage spanning two yearly requests comes back from both); empty when none.</returns>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes, or a filter is not one the platform takes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable archive of outage documents.</exception>
    public virtual Task<IReadOnlyList<Outage>> GetGenerationUnitOutagesAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        OutageType? outageType = null,
        OutageStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = UnitOutageQuery("A80", area, start, end, outageType, status);
        return QueryOutagesAsync(query, start, end, cancellationToken);
    }

    /// <summary>
    /// Outages of production units (document type A77, "unavailability of production units", article 15.1.C/D) in a
    /// bidding zone over any period, paged and parsed as <see cref="GetGenerationUnitOutagesAsync"/> does.
    /// </summary>
    /// <inheritdoc cref="GetGenerationUnitOutagesAsync" path="/param"/>
    /// <inheritdoc cref="GetGenerationUnitOutagesAsync" path="/returns"/>
    /// <inheritdoc cref="GetGenerationUnitOutagesAsync" path="/exception"/>
    public virtual Task<IReadOnlyList<Outage>> GetProductionUnitOutagesAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        OutageType? outageType = null,
        OutageStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = UnitOutageQuery("A77", area, start, end, outageType, status);
        return QueryOutagesAsync(query, start, end, cancellationToken);
    }

    /// <summary>
    /// Outages of transmission infrastructure (document type A78, article 10.1.A/B) on the border from
    /// <paramref name="fromArea"/> to <paramref name="toArea"/>, paged and parsed as <see cref="GetGenerationUnitOutagesAsync"/>
    /// does. Each side of a border publishes its own outages, so ask for both directions to see them all.
    /// </summary>
    /// <param name="fromArea">The area the flow leaves (<c>out_Domain</c>).</param>
    /// <param name="toArea">The area the flow enters (<c>in_Domain</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="outageType">Only planned (<c>A53</c>) or forced (<c>A54</c>) outages (<c>businessType</c>); null for both.</param>
    /// <param name="status">Only outages with this <c>docStatus</c>; null for the platform's default (active and cancelled).</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The outages overlapping the period, each once; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fromArea"/> or <paramref name="toArea"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes, or a filter is not one the platform takes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable archive of outage documents.</exception>
    public virtual Task<IReadOnlyList<Outage>> GetTransmissionOutagesAsync(
        TransparencyArea fromArea,
        TransparencyArea toArea,
        DateTimeOffset start,
        DateTimeOffset end,
        OutageType? outageType = null,
        OutageStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        var query = NewBorderQuery("A78", fromArea, toArea, start, end);
        AddOutageFilters(query, outageType, status);
        return QueryOutagesAsync(query, start, end, cancellationToken);
    }

    /// <summary>
    /// Withdrawn outages of generation units (document type A80 with <c>docStatus</c> <c>A13</c>, article 15.1.A/B):
    /// the announcements their publisher took back, which the platform leaves out unless asked for. Paged and parsed as
    /// <see cref="GetGenerationUnitOutagesAsync"/> does; the same as calling it with <see cref="OutageStatus.Withdrawn"/>.
    /// </summary>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.Be"/> (<c>biddingZone_Domain</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="outageType">Only planned (<c>A53</c>) or forced (<c>A54</c>) outages (<c>businessType</c>); null for both.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The withdrawn outages overlapping the period (<see cref="Outage.Status"/> <see cref="OutageStatus.Withdrawn"/>), each once; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes, or <paramref name="outageType"/> is not one the platform takes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable archive of outage documents.</exception>
    public virtual Task<IReadOnlyList<Outage>> GetWithdrawnGenerationUnitOutagesAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        OutageType? outageType = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = UnitOutageQuery("A80", area, start, end, outageType, OutageStatus.Withdrawn);
        return QueryOutagesAsync(query, start, end, cancellationToken);
    }

    /// <summary>
    /// Outages of offshore grid infrastructure (document type A79, article 10.1.C) connecting wind parks in a bidding
    /// zone: one request per year and per page of 200 documents, each ZIP response parsed, as
    /// <see cref="GetGenerationUnitOutagesAsync"/> does. The parameters are those entsoe-py's
    /// <c>query_unavailability_of_offshore_grid</c> sends (<c>biddingZone_Domain</c>), plus the status filter.
    /// </summary>
    /// <param name="area">A bidding zone with offshore wind, for example <see cref="TransparencyAreas.DeLu"/> (<c>biddingZone_Domain</c>).</param>
    /// <param name="start">The inclusive start; a whole minute.</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="status">Only outages with this <c>docStatus</c>; null for the platform's default (active and cancelled).</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The outages overlapping the period, each once; empty when none. Each names the affected cables and platforms
    /// (<see cref="Outage.Assets"/>), the wind park's nominal power (<see cref="Outage.NominalPower"/>) and, as
    /// <see cref="Outage.AvailableCapacity"/>, the wind power it can still feed in during the outage.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes, or <paramref name="status"/> is not one the platform takes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a readable archive of outage documents.</exception>
    public virtual Task<IReadOnlyList<Outage>> GetOffshoreGridOutagesAsync(
        TransparencyArea area,
        DateTimeOffset start,
        DateTimeOffset end,
        OutageStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = UnitOutageQuery("A79", area, start, end, outageType: null, status);
        return QueryOutagesAsync(query, start, end, cancellationToken);
    }

    private static TransparencyQuery UnitOutageQuery(string documentType, TransparencyArea area, DateTimeOffset start, DateTimeOffset end, OutageType? outageType, OutageStatus? status)
    {
        var query = NewQuery(documentType, start, end)
            .WithDomain("biddingZone_Domain", area.Eic);
        AddOutageFilters(query, outageType, status);
        return query;
    }

    private static void AddOutageFilters(TransparencyQuery query, OutageType? outageType, OutageStatus? status)
    {
        if (outageType is { } type)
        {
            query.WithParameter("businessType", type switch
            {
                OutageType.Planned => "A53",
                OutageType.Forced => "A54",
                _ => throw new ArgumentException($"Filter outages by OutageType.Planned or OutageType.Forced (not {type}), or pass null for both.", nameof(outageType)),
            });
        }

        if (status is { } value)
        {
            query.WithParameter("docStatus", value switch
            {
                OutageStatus.Active => "A05",
                OutageStatus.Cancelled => "A09",
                OutageStatus.Withdrawn => "A13",
                _ => throw new ArgumentException($"Filter outages by OutageStatus.Active, Cancelled or Withdrawn (not {value}), or pass null for the platform's default.", nameof(status)),
            });
        }
    }

    private async Task<IReadOnlyList<Outage>> QueryOutagesAsync(TransparencyQuery query, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var options = new TransparencyParseOptions { Window = new UtcInterval(start.ToUniversalTime(), end.ToUniversalTime()) };
        var seen = new HashSet<(string, int?, string?)>();
        var outages = new List<Outage>();
        await foreach (var response in QueryAllAsync(query, cancellationToken).ConfigureAwait(false))
        {
            foreach (var outage in ParseRedacted(() => TransparencyDocumentParser.ParseOutages(response, options)))
            {
                // An outage overlapping two yearly chunks is in both answers; the same revision of the same series is one outage.
                if (outage.DocumentId is null || seen.Add((outage.DocumentId, outage.RevisionNumber, outage.SeriesId)))
                {
                    outages.Add(outage);
                }
            }
        }

        return outages;
    }
}
