using System.Text;

namespace Entsoe.Transparency.Tests.Parsing;

/// <summary>Imbalance prices (A85): <c>imbalance_Price.amount</c> with its <c>imbalance_Price.category</c>.</summary>
public class TransparencyDocumentParserImbalanceTests
{
    private static readonly DateTimeOffset Start = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_SinglePriceImbalance_ReadsTheAmountsWithTheirCategory()
    {
        var content = OutageDocuments.ImbalancePrices(string.Empty, (1, "87.5", "A04"), (2, "-12.25", "A04"), (3, "0", "A04"), (4, "310", "A04"));

        var document = TransparencyDocumentParser.Parse(content);

        Assert.Equal(TransparencyDocumentKind.Balancing, document.Kind);
        var series = Assert.Single(document.TimeSeries);
        Assert.Equal("A04", series.PriceCategory);
        Assert.Equal("EUR", series.CurrencyUnit);
        Assert.Equal(
            [new TimeSeriesPoint(Start, 87.5m), new TimeSeriesPoint(Start.AddMinutes(15), -12.25m), new TimeSeriesPoint(Start.AddMinutes(30), 0m), new TimeSeriesPoint(Start.AddMinutes(45), 310m)],
            Assert.Single(series.Periods).Points);
    }

    [Fact]
    public void Parse_SinglePriceWithoutCategory_ReadsTheAmountsWithNoCategory()
    {
        var content = OutageDocuments.ImbalancePrices(string.Empty, (1, "50", null), (2, "51", null));

        var series = Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries);

        Assert.Null(series.PriceCategory);
        Assert.Equal([50m, 51m], series.Periods[0].Points.Select(p => p.Value));
    }

    [Fact]
    public void Parse_DualPricesInOneSeries_SplitsIntoOneSeriesPerCategory()
    {
        var content = OutageDocuments.ImbalancePrices(
            string.Empty,
            (1, "100", "A04"), (1, "120", "A05"),
            (2, "90", "A04"), (2, "130", "A05"),
            (3, "95.5", "A04"), (3, "95.5", "A05"));

        var series = TransparencyDocumentParser.Parse(content).TimeSeries;

        Assert.Equal(["A04", "A05"], series.Select(s => s.PriceCategory));
        Assert.All(series, s => Assert.Equal("1", s.Id));
        Assert.Equal([100m, 90m, 95.5m], series[0].Periods[0].Points.Select(p => p.Value));
        Assert.Equal([120m, 130m, 95.5m], series[1].Periods[0].Points.Select(p => p.Value));
        Assert.Equal([Start, Start.AddMinutes(15), Start.AddMinutes(30)], series[1].Periods[0].Points.Select(p => p.Timestamp));
    }

    [Fact]
    public void Parse_DualPricesInTwoSeries_KeepsEachSeriesWithItsCategory()
    {
        var long_ = "<Point><position>1</position><imbalance_Price.amount>40</imbalance_Price.amount><imbalance_Price.category>A04</imbalance_Price.category></Point>";
        var short_ = "<Point><position>1</position><imbalance_Price.amount>60</imbalance_Price.amount><imbalance_Price.category>A05</imbalance_Price.category></Point>";
        var period = "<Period><timeInterval><start>2024-06-01T00:00Z</start><end>2024-06-01T00:15Z</end></timeInterval><resolution>PT15M</resolution>{0}</Period>";
        var content = Encoding.UTF8.GetBytes($"""
            <Balancing_MarketDocument xmlns="{OutageDocuments.Balancing45}">
              <type>A85</type>
              <TimeSeries><mRID>1</mRID>{string.Format(System.Globalization.CultureInfo.InvariantCulture, period, long_)}</TimeSeries>
              <TimeSeries><mRID>2</mRID>{string.Format(System.Globalization.CultureInfo.InvariantCulture, period, short_)}</TimeSeries>
            </Balancing_MarketDocument>
            """);

        var series = TransparencyDocumentParser.Parse(content).TimeSeries;

        Assert.Equal([("1", "A04", 40m), ("2", "A05", 60m)], series.Select(s => (s.Id, s.PriceCategory, s.Periods[0].Points[0].Value)));
    }

    [Fact]
    public void Parse_PointsWithAndWithoutCategory_KeepsBothUncategorizedFirst()
    {
        var content = OutageDocuments.ImbalancePrices(string.Empty, (1, "10", null), (2, "20", "A05"), (3, "30", null));

        var series = TransparencyDocumentParser.Parse(content).TimeSeries;

        Assert.Equal([null, "A05"], series.Select(s => s.PriceCategory));
        Assert.Equal([10m, 30m], series[0].Periods[0].Points.Select(p => p.Value));
        Assert.Equal([20m], series[1].Periods[0].Points.Select(p => p.Value));
    }

    [Fact]
    public void Parse_CategoryOnTheSeries_AppliesToItsPoints()
    {
        var content = OutageDocuments.ImbalancePrices("<imbalance_Price.category>A06</imbalance_Price.category>", (1, "10", null), (2, "11", null));

        var series = Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries);

        Assert.Equal("A06", series.PriceCategory);
        Assert.Equal(2, series.Periods[0].Points.Count);
    }

    [Fact]
    public void Parse_DualPricesWithAWindow_KeepsOnlyPointsInsideForEachCategory()
    {
        var content = OutageDocuments.ImbalancePrices(string.Empty, (1, "1", "A04"), (1, "2", "A05"), (2, "3", "A04"), (2, "4", "A05"));

        var series = TransparencyDocumentParser.Parse(content, new TransparencyParseOptions { Window = new UtcInterval(Start.AddMinutes(15), Start.AddHours(1)) }).TimeSeries;

        Assert.Equal([("A04", 3m), ("A05", 4m)], series.Select(s => (s.PriceCategory, Assert.Single(s.Periods[0].Points).Value)));
    }

    [Fact]
    public void Parse_FinancialPriceComponents_AreNotTakenAsThePrice()
    {
        var content = Encoding.UTF8.GetBytes($"""
            <Balancing_MarketDocument xmlns="{OutageDocuments.Balancing45}">
              <TimeSeries><Period>
                <timeInterval><start>2024-06-01T00:00Z</start><end>2024-06-01T00:15Z</end></timeInterval><resolution>PT15M</resolution>
                <Point><position>1</position><imbalance_Price.amount>55</imbalance_Price.amount><imbalance_Price.category>A04</imbalance_Price.category>
                  <Financial_Price><amount>999</amount><direction>A01</direction></Financial_Price></Point>
              </Period></TimeSeries>
            </Balancing_MarketDocument>
            """);

        var point = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods[0].Points);

        Assert.Equal(55m, point.Value);
    }

    // 1,200 points: beyond the reader's first buffer of 1,024, so the categories must grow with the points.
    [Fact]
    public void Parse_ManyDualPricePoints_GrowsTheCategoryBufferWithThePoints()
    {
        var points = Enumerable.Range(1, 600).SelectMany(p => new[] { (p, $"{p}", (string?)"A04"), (p, $"-{p}", (string?)"A05") }).ToArray();
        var content = Encoding.UTF8.GetString(OutageDocuments.ImbalancePrices(string.Empty, points))
            .Replace("2024-06-01T01:00Z", "2024-06-08T00:00Z", StringComparison.Ordinal);

        var series = TransparencyDocumentParser.Parse(Encoding.UTF8.GetBytes(content)).TimeSeries;

        Assert.Equal(600, series[0].Periods[0].Points.Count);
        Assert.Equal(-600m, series[1].Periods[0].Points[^1].Value);
    }
}
