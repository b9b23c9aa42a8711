using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>Physical flows, commercial exchanges and net transfer capacity against the real server on 127.0.0.1.</summary>
public class TransparencyClientTransmissionTests
{
    private const string DeLu = "10Y1001A1001A82H";
    private const string Fr = "10YFR-RTE------C";
    private const string Period = "periodStart=202601010000&periodEnd=202601011200";

    // The platform's documents name the exporting side out_Domain and the importing side in_Domain, as the request does.
    private static readonly string DeLuToFr = Domain("in_Domain", Fr) + Domain("out_Domain", DeLu);

    [Fact]
    public async Task GetCrossBorderPhysicalFlowsAsync_FromDeLuToFrance_SendsOutDomainFromAndInDomainToAndTrims()
    {
        var route = Serve(Publication("A11", Series("1", "A66", DeLuToFr, "PT60M", 24, 2_000m)));
        using var client = Client(route);

        var series = await client.GetCrossBorderPhysicalFlowsAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A11&in_Domain={Fr}&out_Domain={DeLu}&{Period}"], SentQueries(route));
        var flow = Assert.Single(series);
        Assert.Equal(Fr, flow.InDomain);
        Assert.Equal(DeLu, flow.OutDomain);
        Assert.Equal("MAW", flow.QuantityUnit);
        var points = flow.Periods.SelectMany(p => p.Points).ToList();
        Assert.Equal(12, points.Count);
        Assert.Equal(new TimeSeriesPoint(WindowStart, 2_001m), points[0]);
        Assert.Equal(new TimeSeriesPoint(WindowEnd.AddHours(-1), 2_012m), points[^1]);
    }

    [Fact]
    public async Task GetCrossBorderPhysicalFlowsAsync_ReverseDirection_SwapsTheDomains()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        await client.GetCrossBorderPhysicalFlowsAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, WindowStart, WindowEnd);
        await client.GetCrossBorderPhysicalFlowsAsync(TransparencyAreas.Fr, TransparencyAreas.DeLu, WindowStart, WindowEnd);

        Assert.Equal(
            [
                $"documentType=A11&in_Domain={Fr}&out_Domain={DeLu}&{Period}",
                $"documentType=A11&in_Domain={DeLu}&out_Domain={Fr}&{Period}",
            ],
            SentQueries(route));
    }

    [Fact]
    public async Task GetScheduledCommercialExchangesAsync_Total_SendsA05AndReturnsTheTrimmedSchedule()
    {
        var route = Serve(Publication("A09", Series("1", "A06", DeLuToFr + "<contract_MarketAgreement.type>A05</contract_MarketAgreement.type>", "PT15M", 96, 1_500m)));
        using var client = Client(route);

        var series = await client.GetScheduledCommercialExchangesAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, CommercialScheduleType.Total, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A09&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type=A05&{Period}"], SentQueries(route));
        var schedule = Assert.Single(series);
        Assert.Equal("A05", schedule.ContractType);
        Assert.Equal(Fr, schedule.InDomain);
        Assert.Equal(48, schedule.Periods.Sum(p => p.Points.Count));
        Assert.Equal(new TimeSeriesPoint(WindowStart, 1_504m), schedule.Periods[0].Points[0]);
    }

    [Fact]
    public async Task GetScheduledCommercialExchangesAsync_DayAhead_SendsA01()
    {
        var route = Serve(Publication("A09", Series("1", "A06", DeLuToFr + "<contract_MarketAgreement.type>A01</contract_MarketAgreement.type>", "PT60M", 24, 700m)));
        using var client = Client(route);

        var series = await client.GetScheduledCommercialExchangesAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, CommercialScheduleType.DayAhead, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A09&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type=A01&{Period}"], SentQueries(route));
        var schedule = Assert.Single(series);
        Assert.Equal("A01", schedule.ContractType);
        Assert.Equal(12, schedule.Periods.Sum(p => p.Points.Count));
    }

    [Theory]
    [InlineData(NetTransferCapacityHorizon.DayAhead, "A01")]
    [InlineData(NetTransferCapacityHorizon.WeekAhead, "A02")]
    [InlineData(NetTransferCapacityHorizon.MonthAhead, "A03")]
    [InlineData(NetTransferCapacityHorizon.YearAhead, "A04")]
    public async Task GetNetTransferCapacityAsync_Horizon_SendsItsContractTypeAndReturnsTheTrimmedCapacity(NetTransferCapacityHorizon horizon, string contractType)
    {
        var route = Serve(Publication("A61", Series("1", "A27", DeLuToFr + $"<contract_MarketAgreement.type>{contractType}</contract_MarketAgreement.type>", "PT60M", 24, 3_000m)));
        using var client = Client(route);

        var series = await client.GetNetTransferCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, horizon, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A61&in_Domain={Fr}&out_Domain={DeLu}&contract_MarketAgreement.Type={contractType}&{Period}"], SentQueries(route));
        var capacity = Assert.Single(series);
        Assert.Equal(contractType, capacity.ContractType);
        Assert.Equal("MAW", capacity.QuantityUnit);
        var points = capacity.Periods.SelectMany(p => p.Points).ToList();
        Assert.Equal(12, points.Count);
        Assert.Equal(new TimeSeriesPoint(WindowStart, 3_001m), points[0]);
        Assert.Equal(new TimeSeriesPoint(WindowEnd.AddHours(-1), 3_012m), points[^1]);
    }
}
