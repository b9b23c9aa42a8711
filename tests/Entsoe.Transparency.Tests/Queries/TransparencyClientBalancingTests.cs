using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;
using Entsoe.Transparency.Tests.Parsing;
using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>The typed balancing queries (imbalance prices and volumes) against the real server on 127.0.0.1.</summary>
public class TransparencyClientBalancingTests
{
    [Fact]
    public async Task GetImbalancePricesAsync_ZipOfDualPrices_ReturnsASeriesPerCategoryTrimmedToThePeriod()
    {
        var document = OutageDocuments.ImbalancePrices(string.Empty, (1, "100", "A04"), (1, "120", "A05"), (2, "90", "A04"), (2, "130", "A05"), (3, "80", "A04"), (3, "140", "A05"));
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, OutageDocuments.Zip(("imbalance.xml", document))));
        using var client = Client(route);
        var start = new DateTimeOffset(2024, 6, 1, 0, 15, 0, TimeSpan.Zero);

        var series = await client.GetImbalancePricesAsync(TransparencyAreas.Nl, start, start.AddMinutes(30));

        var target = Assert.Single(route.Requests).RawTarget;
        Assert.Contains("documentType=A85&controlArea_Domain=10YNL----------L&periodStart=202406010015&periodEnd=202406010045", target, StringComparison.Ordinal);
        Assert.DoesNotContain("offset", target, StringComparison.Ordinal);
        Assert.Equal(["A04", "A05"], series.Select(s => s.PriceCategory));
        Assert.Equal([90m, 80m], series[0].Periods[0].Points.Select(p => p.Value));
        Assert.Equal([130m, 140m], series[1].Periods[0].Points.Select(p => p.Value));
    }

    [Fact]
    public async Task GetImbalancePricesAsync_PlainXmlDocument_ParsesItToo()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, OutageDocuments.ImbalancePrices(string.Empty, (1, "42", "A04"))));
        using var client = Client(route);
        var start = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var series = Assert.Single(await client.GetImbalancePricesAsync(TransparencyAreas.Nl, start, start.AddHours(1)));

        Assert.Equal(("A04", 42m), (series.PriceCategory, Assert.Single(series.Periods[0].Points).Value));
    }

    [Fact]
    public async Task GetImbalanceVolumesAsync_UpAndDownSeries_ReturnsBothWithTheirDirectionTrimmed()
    {
        var document = Encoding.UTF8.GetBytes("""
            <Balancing_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-6:balancingdocument:4:4"><type>A86</type>
              <TimeSeries><mRID>1</mRID><businessType>A19</businessType><flowDirection.direction>A01</flowDirection.direction>
                <quantity_Measure_Unit.name>MWH</quantity_Measure_Unit.name><curveType>A01</curveType>
                <Period><timeInterval><start>2024-06-01T00:00Z</start><end>2024-06-01T01:00Z</end></timeInterval><resolution>PT15M</resolution>
                  <Point><position>1</position><quantity>10</quantity></Point><Point><position>2</position><quantity>11</quantity></Point>
                  <Point><position>3</position><quantity>12</quantity></Point><Point><position>4</position><quantity>13</quantity></Point>
                </Period></TimeSeries>
              <TimeSeries><mRID>2</mRID><businessType>A19</businessType><flowDirection.direction>A02</flowDirection.direction>
                <quantity_Measure_Unit.name>MWH</quantity_Measure_Unit.name><curveType>A01</curveType>
                <Period><timeInterval><start>2024-06-01T00:00Z</start><end>2024-06-01T01:00Z</end></timeInterval><resolution>PT15M</resolution>
                  <Point><position>1</position><quantity>20</quantity></Point><Point><position>2</position><quantity>21</quantity></Point>
                  <Point><position>3</position><quantity>22</quantity></Point><Point><position>4</position><quantity>23</quantity></Point>
                </Period></TimeSeries>
            </Balancing_MarketDocument>
            """);
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, document));
        using var client = Client(route);
        var start = new DateTimeOffset(2024, 6, 1, 0, 15, 0, TimeSpan.Zero);

        var series = await client.GetImbalanceVolumesAsync(TransparencyAreas.Nl, start, start.AddMinutes(30));

        Assert.Contains("documentType=A86&controlArea_Domain=10YNL----------L&periodStart=202406010015&periodEnd=202406010045", Assert.Single(route.Requests).RawTarget, StringComparison.Ordinal);
        Assert.Equal(["A01", "A02"], series.Select(s => s.FlowDirection));
        Assert.All(series, s => Assert.Equal("MWH", s.QuantityUnit));
        Assert.Equal([11m, 12m], series[0].Periods[0].Points.Select(p => p.Value));
        Assert.Equal([21m, 22m], series[1].Periods[0].Points.Select(p => p.Value));
    }
}
