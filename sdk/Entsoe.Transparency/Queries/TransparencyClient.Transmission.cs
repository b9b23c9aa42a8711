namespace Entsoe.Transparency;

// The typed data items of the transmission domain (articles 11.1 and 12.1): one border, one direction per request.
// Parameter names and codes follow the platform's Web API user guide and entsoe-py; each method states the request it
// sends.
public partial class TransparencyClient
{
    // The guide's sample requests for A09 and A61 spell it with a capital T (day-ahead prices use ".type").
    private const string ContractTypeParameter = "contract_MarketAgreement.Type";

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

    private static TransparencyQuery NewBorderQuery(string documentType, TransparencyArea fromArea, TransparencyArea toArea, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(fromArea);
        ArgumentNullException.ThrowIfNull(toArea);
        return NewQuery(documentType, start, end)
            .WithDomain("in_Domain", toArea.Eic)
            .WithDomain("out_Domain", fromArea.Eic);
    }
}
