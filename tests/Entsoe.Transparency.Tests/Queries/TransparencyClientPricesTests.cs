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
}
