namespace Entsoe.Transparency;

// The typed data items of the market domain: day-ahead and intraday auction prices. Parameter names and codes follow the platform's Web API
// user guide (its sample request of each item) and entsoe-py, the reference client; each method states the request it
// sends so a caller can check it against the guide.
public partial class TransparencyClient
{
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
        var query = NewQuery("A44", start, end)
            .WithDomain("in_Domain", area.Eic)
            .WithDomain("out_Domain", area.Eic);
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Prices of a pan-European intraday auction (IDA1 to IDA3) of <paramref name="area"/> over any period: document type
    /// <c>A44</c>, <c>contract_MarketAgreement.type</c> <c>A07</c> (intraday), the auction as
    /// <c>classificationSequence_AttributeInstanceComponent.position</c>, the area as <c>in_Domain</c> and
    /// <c>out_Domain</c>. One request per year and per page of 100 daily series, parsed and trimmed to
    /// <c>[start, end)</c>.
    /// </summary>
    /// <param name="area">A bidding zone that publishes the auction, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <param name="auction">Which auction: <see cref="IntradayAuction.Ida1"/>, <see cref="IntradayAuction.Ida2"/> or <see cref="IntradayAuction.Ida3"/>.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>
    /// The price series of the auction in time order (15-minute, with <see cref="TimeSeries.CurrencyUnit"/> and
    /// <see cref="TimeSeries.PriceUnit"/>; <see cref="TimeSeries.ContractType"/> <c>A07</c>); empty when nothing matches.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="auction"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed price document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeries>> GetIntradayAuctionPricesAsync(TransparencyArea area, IntradayAuction auction, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        var query = NewQuery("A44", start, end)
            .WithDomain("in_Domain", area.Eic)
            .WithDomain("out_Domain", area.Eic)
            .WithParameter("contract_MarketAgreement.type", "A07")
            .WithParameter("classificationSequence_AttributeInstanceComponent.position", DataItemCodes.Of(auction, nameof(auction)));
        return await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The day-ahead prices of one auction of <paramref name="area"/>, on the area's clock (entsoe-py's
    /// <c>query_day_ahead_prices_local</c>): document type <c>A44</c>, <c>contract_MarketAgreement.type</c> <c>A01</c>
    /// (daily), the auction as <c>classificationSequence_AttributeInstanceComponent.position</c>, the area as
    /// <c>in_Domain</c> and <c>out_Domain</c>. One request per year and per page of 100 daily series, trimmed to
    /// <c>[start, end)</c>, every timestamp carrying the area's offset (<see cref="TransparencyArea.ToLocalTime"/>).
    /// </summary>
    /// <remarks>
    /// Where an area publishes several day-ahead auctions (sequence 1 is the pan-European SDAC, further sequences are
    /// local auctions, for example in Austria), this returns one of them, as one list of points in time order: what a
    /// chart or a local-day report needs. The offsets follow the area's zone (<see cref="TransparencyArea.TimeZone"/>):
    /// the spring change day has 23 local hours, the autumn day 25, its repeated hour told apart by the offset
    /// (02:00+02:00, then 02:00+01:00). <see cref="DateTimeOffset"/> compares instants, so these timestamps still equal
    /// the UTC ones <see cref="GetDayAheadPricesAsync"/> returns; any single point converts with
    /// <see cref="TransparencyArea.ToLocalTime"/>.
    /// </remarks>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.At"/>; its time zone sets the offsets.</param>
    /// <param name="sequence">The auction: 1 (SDAC) or a local auction's sequence number, at least 1.</param>
    /// <param name="start">The inclusive start; a whole minute (the platform takes no seconds).</param>
    /// <param name="end">The exclusive end; a whole minute after <paramref name="start"/>.</param>
    /// <param name="resolution">
    /// Only points of periods at this resolution (for example 60 minutes where an area published hourly and
    /// 15-minute results for the same days), or null for every period.
    /// </param>
    /// <param name="cancellationToken">Cancels the remaining requests.</param>
    /// <returns>The prices in time order with the area's local offsets; empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is below 1, or <paramref name="resolution"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The period is empty or not in whole minutes.</exception>
    /// <exception cref="TimeZoneNotFoundException">The machine has no data for the area's time zone.</exception>
    /// <exception cref="TransparencyException">A request failed; the subtype says why.</exception>
    /// <exception cref="TransparencyDocumentException">A response was not a well-formed price document.</exception>
    public virtual async Task<IReadOnlyList<TimeSeriesPoint>> GetDayAheadPricesLocalAsync(
        TransparencyArea area,
        int sequence,
        DateTimeOffset start,
        DateTimeOffset end,
        TimeSpan? resolution = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        if (resolution is { } step)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero, nameof(resolution));
        }

        var zone = area.TimeZone;
        var query = NewQuery("A44", start, end)
            .WithDomain("in_Domain", area.Eic)
            .WithDomain("out_Domain", area.Eic)
            .WithParameter("contract_MarketAgreement.type", "A01")
            .WithParameter("classificationSequence_AttributeInstanceComponent.position", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var series = await GetSeriesAsync(query, start, end, cancellationToken).ConfigureAwait(false);
        var points = new List<TimeSeriesPoint>();
        foreach (var one in series)
        {
            // The request asks for one sequence; a series stating another is not this auction's.
            if (one.Sequence is { } stated && stated != sequence)
            {
                continue;
            }

            foreach (var period in one.Periods)
            {
                if (resolution is { } wanted && (period.Resolution.IsCalendar || period.Resolution.Duration != wanted))
                {
                    continue;
                }

                foreach (var point in period.Points)
                {
                    points.Add(point with { Timestamp = TimeZoneInfo.ConvertTime(point.Timestamp, zone) });
                }
            }
        }

        // Pages and yearly requests come in time order, but the series of one document need not be; a stable sort
        // keeps document order among points of the same instant.
        return [.. points.OrderBy(static p => p.Timestamp)];
    }
}
