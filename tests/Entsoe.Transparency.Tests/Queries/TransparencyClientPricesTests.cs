using System.Globalization;
using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary><see cref="TransparencyClient.GetDayAheadPricesAsync"/> against the real server on 127.0.0.1.</summary>
public class TransparencyClientPricesTests
{
    private static readonly DateTimeOffset DayStart = new(2025, 12, 31, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetDayAheadPricesAsync_HalfADayOfTwoSequences_TrimsTheWholeDayToTheWindow()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, PriceDocument()));
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var series = await client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, start, start.AddHours(12));

        var request = Assert.Single(route.Requests).RawTarget;
        Assert.Contains("documentType=A44", request, StringComparison.Ordinal);
        Assert.Contains("in_Domain=10Y1001A1001A82H&out_Domain=10Y1001A1001A82H", request, StringComparison.Ordinal);
        Assert.Contains("offset=0", request, StringComparison.Ordinal);
        Assert.Contains("periodStart=202601010000&periodEnd=202601011200", request, StringComparison.Ordinal);
        Assert.Equal([2, 1], series.Select(s => s.Sequence));
        var first = series.Single(s => s.Sequence == 1);
        Assert.Equal("EUR", first.CurrencyUnit);
        Assert.Equal("MWH", first.PriceUnit);
        var points = first.Periods.SelectMany(p => p.Points).ToList();
        Assert.Equal(12, points.Count);
        Assert.Equal(start, points[0].Timestamp);
        Assert.Equal(start.AddHours(11), points[^1].Timestamp);

        // Position 2 (00:00Z) is stated; position 3 is absent and repeats it under curve type A03.
        Assert.Equal(101.5m, points[0].Value);
        Assert.Equal(101.5m, points[1].Value);
        Assert.Equal(103.5m, points[2].Value);
    }

    [Fact]
    public async Task GetDayAheadPricesAsync_NoMatchingData_ReturnsNoSeries()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, Bodies.NoMatchingData));
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var series = await client.GetDayAheadPricesAsync(TransparencyAreas.Nl, start, start.AddDays(1));

        Assert.Empty(series);
        Assert.Single(route.Requests);
    }

    private static TransparencyClient Client(FaultRoute route) =>
        new(new SecurityTokenCredential(Guid.NewGuid().ToString()), new TransparencyClientOptions { BaseAddress = route.BaseAddress });

    // A whole Berlin day (the platform answers in local days), two sequences in reverse order, hourly A03 points
    // with position 3 left out (same price as position 2).
    private static string PriceDocument()
    {
        var body = new StringBuilder("""
            <?xml version="1.0" encoding="utf-8"?>
            <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
              <mRID>prices</mRID><type>A44</type>
              <period.timeInterval><start>2025-12-31T23:00Z</start><end>2026-01-01T23:00Z</end></period.timeInterval>
            """);
        foreach (var sequence in new[] { 2, 1 })
        {
            body.Append(CultureInfo.InvariantCulture, $"""
                <TimeSeries><mRID>{sequence}</mRID><businessType>A62</businessType>
                  <in_Domain.mRID codingScheme="A01">10Y1001A1001A82H</in_Domain.mRID><out_Domain.mRID codingScheme="A01">10Y1001A1001A82H</out_Domain.mRID>
                  <contract_MarketAgreement.type>A01</contract_MarketAgreement.type>
                  <currency_Unit.name>EUR</currency_Unit.name><price_Measure_Unit.name>MWH</price_Measure_Unit.name>
                  <classificationSequence_AttributeInstanceComponent.position>{sequence}</classificationSequence_AttributeInstanceComponent.position>
                  <curveType>A03</curveType>
                  <Period><timeInterval><start>{DayStart:yyyy-MM-ddTHH:mmZ}</start><end>2026-01-01T23:00Z</end></timeInterval><resolution>PT60M</resolution>
                """);
            for (var position = 1; position <= 24; position++)
            {
                if (position != 3)
                {
                    body.Append(CultureInfo.InvariantCulture, $"<Point><position>{position}</position><price.amount>{100 + position - 0.5m + (sequence == 2 ? 1000 : 0)}</price.amount></Point>");
                }
            }

            body.Append("</Period></TimeSeries>");
        }

        body.Append("</Publication_MarketDocument>");
        return body.ToString();
    }

    [Fact]
    public async Task GetIntradayAuctionPricesAsync_Ida2OnTheAutumnChangeDay_SendsTheAuctionsSequenceAndFillsTheA03Curve()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, MarketDataItemDocuments.IntradayPricesAutumnDay()));
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.Zero);

        var series = await client.GetIntradayAuctionPricesAsync(TransparencyAreas.DeLu, IntradayAuction.Ida2, start, start.AddHours(1));

        const string DeLu = MarketDataItemDocuments.DeLu;
        Assert.Equal(
            [$"documentType=A44&in_Domain={DeLu}&out_Domain={DeLu}&contract_MarketAgreement.type=A07&classificationSequence_AttributeInstanceComponent.position=2&offset=0&periodStart=202610250000&periodEnd=202610250100"],
            DataItemDocuments.SentQueries(route));
        var prices = Assert.Single(series);
        Assert.Equal("A07", prices.ContractType);
        Assert.Equal(2, prices.Sequence);

        // 00:00Z is position 9 of the 100 quarter hours from 22:00Z: position 3's 82.25 repeats up to it, 90 from position 10.
        Assert.Equal(
            [
                new TimeSeriesPoint(start, 82.25m),
                new TimeSeriesPoint(start.AddMinutes(15), 90m),
                new TimeSeriesPoint(start.AddMinutes(30), 90m),
                new TimeSeriesPoint(start.AddMinutes(45), 90m),
            ],
            prices.Periods.Single().Points);
    }

    [Theory]
    [InlineData(IntradayAuction.Ida1, "1")]
    [InlineData(IntradayAuction.Ida3, "3")]
    public async Task GetIntradayAuctionPricesAsync_NoMatchingData_SendsTheAuctionsSequenceAndReturnsNoSeries(IntradayAuction auction, string sequence)
    {
        var route = DataItemDocuments.Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await client.GetIntradayAuctionPricesAsync(TransparencyAreas.Nl, auction, DataItemDocuments.WindowStart, DataItemDocuments.WindowEnd);

        Assert.Empty(series);
        Assert.Equal(
            [$"documentType=A44&in_Domain=10YNL----------L&out_Domain=10YNL----------L&contract_MarketAgreement.type=A07&classificationSequence_AttributeInstanceComponent.position={sequence}&offset=0&periodStart=202601010000&periodEnd=202601011200"],
            DataItemDocuments.SentQueries(route));
    }

    [Fact]
    public async Task GetIntradayAuctionPricesAsync_AFullPageOfOneHundredSeries_AsksForTheNextPage()
    {
        var page = DataItemDocuments.Publication(
            "A44",
            [.. Enumerable.Range(1, 100).Select(day => DataItemDocuments.Series(day.ToString(CultureInfo.InvariantCulture), "A62", string.Empty, "PT15M", DayStart.AddDays(day - 1), DayStart.AddDays(day - 1).AddMinutes(15), 1, day))]);
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, ctx.Request.Query["offset"] == "0" ? page : Bodies.NoMatchingData));
        using var client = Client(route);

        var series = await client.GetIntradayAuctionPricesAsync(TransparencyAreas.DeLu, IntradayAuction.Ida1, DayStart, DayStart.AddDays(100));

        Assert.Equal(100, series.Count);
        Assert.Equal(["offset=0", "offset=100"], DataItemDocuments.SentQueries(route).Select(q => q.Split('&').Single(p => p.StartsWith("offset=", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task GetDayAheadPricesLocalAsync_AutumnChangeDayInVienna_ReturnsTwentyFiveHoursOfTheSequenceWithLocalOffsets()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, MarketDataItemDocuments.DayAheadPricesLocalDay(MarketDataItemDocuments.AutumnDayStart, 25)));
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.FromHours(2));
        var end = new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.FromHours(1));

        var points = await client.GetDayAheadPricesLocalAsync(TransparencyAreas.At, 1, start, end, TimeSpan.FromMinutes(60));

        Assert.Equal(
            ["documentType=A44&in_Domain=10YAT-APG------L&out_Domain=10YAT-APG------L&contract_MarketAgreement.type=A01&classificationSequence_AttributeInstanceComponent.position=1&offset=0&periodStart=202610242200&periodEnd=202610252300"],
            DataItemDocuments.SentQueries(route));
        Assert.Equal(Enumerable.Range(1, 25).Select(n => 100m + n), points.Select(p => p.Value));
        Assert.Equal(Enumerable.Range(0, 25).Select(n => MarketDataItemDocuments.AutumnDayStart.AddHours(n)), points.Select(p => p.Timestamp));

        // Local clock: 00:00+02:00, 01:00+02:00, 02:00+02:00, then 02:00 again at +01:00, up to 23:00+01:00.
        Assert.Equal(new DateTime(2026, 10, 25, 0, 0, 0), points[0].Timestamp.DateTime);
        Assert.Equal(TimeSpan.FromHours(2), points[0].Timestamp.Offset);
        Assert.Equal((new DateTime(2026, 10, 25, 2, 0, 0), TimeSpan.FromHours(2)), (points[2].Timestamp.DateTime, points[2].Timestamp.Offset));
        Assert.Equal((new DateTime(2026, 10, 25, 2, 0, 0), TimeSpan.FromHours(1)), (points[3].Timestamp.DateTime, points[3].Timestamp.Offset));
        Assert.Equal((new DateTime(2026, 10, 25, 23, 0, 0), TimeSpan.FromHours(1)), (points[24].Timestamp.DateTime, points[24].Timestamp.Offset));
    }

    [Fact]
    public async Task GetDayAheadPricesLocalAsync_SpringChangeDayInVienna_SkipsTheMissingLocalHour()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, MarketDataItemDocuments.DayAheadPricesLocalDay(MarketDataItemDocuments.SpringDayStart, 23)));
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(1));
        var end = new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.FromHours(2));

        var points = await client.GetDayAheadPricesLocalAsync(TransparencyAreas.At, 2, start, end, TimeSpan.FromHours(1));

        Assert.Contains("classificationSequence_AttributeInstanceComponent.position=2&offset=0&periodStart=202603282300&periodEnd=202603292200", DataItemDocuments.SentQueries(route).Single(), StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 23).Select(n => 1000m + n), points.Select(p => p.Value));

        // 00:00+01:00, 01:00+01:00, then 03:00+02:00: local 02:00 does not exist on this day.
        Assert.Equal(
            [(0, TimeSpan.FromHours(1)), (1, TimeSpan.FromHours(1)), (3, TimeSpan.FromHours(2)), (4, TimeSpan.FromHours(2))],
            points.Take(4).Select(p => (p.Timestamp.Hour, p.Timestamp.Offset)));
        Assert.Equal((23, TimeSpan.FromHours(2)), (points[^1].Timestamp.Hour, points[^1].Timestamp.Offset));
    }

    [Fact]
    public async Task GetDayAheadPricesLocalAsync_NoResolutionFilter_ReturnsEveryPeriodOfTheSequenceInTimeOrder()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, MarketDataItemDocuments.DayAheadPricesLocalDay(MarketDataItemDocuments.SpringDayStart, 23)));
        using var client = Client(route);
        var start = MarketDataItemDocuments.SpringDayStart;

        var points = await client.GetDayAheadPricesLocalAsync(TransparencyAreas.At, 1, start, start.AddHours(2));

        // Two hourly prices (101, 102) and the four quarter hours of the first hour (501-504); at 23:00Z the hourly
        // series comes first, as in the document.
        Assert.Equal([101m, 501m, 502m, 503m, 504m, 102m], points.Select(p => p.Value));
        Assert.All(points, p => Assert.Equal(TimeSpan.FromHours(1), p.Timestamp.Offset));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task GetDayAheadPricesLocalAsync_SequenceBelowOne_ThrowsBeforeSending(int sequence)
    {
        var route = DataItemDocuments.Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetDayAheadPricesLocalAsync(TransparencyAreas.At, sequence, DataItemDocuments.WindowStart, DataItemDocuments.WindowEnd));

        Assert.Equal("sequence", error.ParamName);
        Assert.Empty(route.Requests);
    }

    [Fact]
    public async Task GetDayAheadPricesLocalAsync_NoMatchingData_ReturnsNoPoints()
    {
        var route = DataItemDocuments.Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        var points = await client.GetDayAheadPricesLocalAsync(TransparencyAreas.At, 1, DataItemDocuments.WindowStart, DataItemDocuments.WindowEnd);

        Assert.Empty(points);
        Assert.Single(route.Requests);
    }
}
