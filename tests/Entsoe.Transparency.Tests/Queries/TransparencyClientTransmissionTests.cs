using Entsoe.Transparency.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
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

    private const string SpringDay = "periodStart=202603282300&periodEnd=202603292200";

    [Fact]
    public async Task GetOfferedCapacityAsync_ExplicitDailyHourly_SendsA31WithAuctionTypeContractAndCategory()
    {
        var route = Serve(BorderDocuments.ExplicitOfferedCapacityGbToBe());
        using var client = Client(route);

        await client.GetOfferedCapacityAsync(TransparencyAreas.Gb, TransparencyAreas.Be, CapacityAllocation.Explicit, CapacityContractType.Daily, BorderDocuments.SpringDayStart, BorderDocuments.SpringDayEnd, AuctionCategory.Hourly);

        Assert.Equal(
            [$"documentType=A31&in_Domain={BorderDocuments.Be}&out_Domain={BorderDocuments.Gb}&Auction.Type=A02&contract_MarketAgreement.Type=A01&Auction.Category=A04&{SpringDay}"],
            SentQueries(route));
    }

    [Fact]
    public async Task GetOfferedCapacityAsync_DstDayAndA03Day_ReturnsEveryHourWithItsValue()
    {
        var route = Serve(BorderDocuments.ExplicitOfferedCapacityGbToBe());
        using var client = Client(route);

        var series = await client.GetOfferedCapacityAsync(TransparencyAreas.Gb, TransparencyAreas.Be, CapacityAllocation.Explicit, CapacityContractType.Daily, BorderDocuments.SpringDayStart, BorderDocuments.SpringDayEnd.AddDays(1));

        Assert.Equal(2, series.Count);
        Assert.All(series, s => Assert.Equal(("A04", "A01", BorderDocuments.Be, BorderDocuments.Gb, "MAW"), (s.AuctionCategory, s.ContractType, s.InDomain, s.OutDomain, s.QuantityUnit)));

        // 29 March in Brussels has 23 hours: 401 … 423, the last at 21:00Z.
        var spring = series[0].Periods.Single().Points;
        Assert.Equal(23, spring.Count);
        Assert.Equal(9_476m, spring.Sum(p => p.Value));
        Assert.Equal(new TimeSeriesPoint(BorderDocuments.SpringDayStart, 401m), spring[0]);
        Assert.Equal(new TimeSeriesPoint(new DateTimeOffset(2026, 3, 29, 21, 0, 0, TimeSpan.Zero), 423m), spring[^1]);

        // 30 March, A03: positions 1-6 hold 500, 7-19 hold 650, 20-24 hold 480.
        var next = series[1].Periods.Single().Points;
        Assert.Equal(24, next.Count);
        Assert.Equal(13_850m, next.Sum(p => p.Value));
        Assert.Equal(new TimeSeriesPoint(new DateTimeOffset(2026, 3, 30, 3, 0, 0, TimeSpan.Zero), 500m), next[5]);
        Assert.Equal(new TimeSeriesPoint(new DateTimeOffset(2026, 3, 30, 4, 0, 0, TimeSpan.Zero), 650m), next[6]);
        Assert.Equal(new TimeSeriesPoint(new DateTimeOffset(2026, 3, 30, 21, 0, 0, TimeSpan.Zero), 480m), next[^1]);
    }

    [Theory]
    [InlineData(CapacityAllocation.Implicit, CapacityContractType.Daily, "A01", "A01")]
    [InlineData(CapacityAllocation.Implicit, CapacityContractType.Intraday, "A01", "A07")]
    [InlineData(CapacityAllocation.Explicit, CapacityContractType.Weekly, "A02", "A02")]
    [InlineData(CapacityAllocation.Explicit, CapacityContractType.Monthly, "A02", "A03")]
    [InlineData(CapacityAllocation.Explicit, CapacityContractType.Quarterly, "A02", "A08")]
    [InlineData(CapacityAllocation.Explicit, CapacityContractType.Yearly, "A02", "A04")]
    [InlineData(CapacityAllocation.Explicit, CapacityContractType.LongTerm, "A02", "A06")]
    public async Task GetOfferedCapacityAsync_AllocationAndContract_SendTheirCodesAndNoCategory(CapacityAllocation allocation, CapacityContractType contractType, string auctionType, string contract)
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await client.GetOfferedCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, allocation, contractType, WindowStart, WindowEnd);

        Assert.Empty(series);
        Assert.Equal([$"documentType=A31&in_Domain={Fr}&out_Domain={DeLu}&Auction.Type={auctionType}&contract_MarketAgreement.Type={contract}&{Period}"], SentQueries(route));
    }

    [Theory]
    [InlineData(AuctionCategory.Base, "A01")]
    [InlineData(AuctionCategory.Peak, "A02")]
    [InlineData(AuctionCategory.OffPeak, "A03")]
    [InlineData(AuctionCategory.Hourly, "A04")]
    public async Task GetOfferedCapacityAsync_AuctionCategory_SendsItsCode(AuctionCategory category, string code)
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        await client.GetOfferedCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, CapacityAllocation.Explicit, CapacityContractType.Monthly, WindowStart, WindowEnd, category);

        Assert.EndsWith($"&Auction.Category={code}&{Period}", Assert.Single(SentQueries(route)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOfferedCapacityAsync_TwoYears_SendsOneRequestPerYear()
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        await client.GetOfferedCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, CapacityAllocation.Implicit, CapacityContractType.Daily, start, start.AddYears(2));

        Assert.Equal(
            [
                $"documentType=A31&in_Domain={Fr}&out_Domain={DeLu}&Auction.Type=A01&contract_MarketAgreement.Type=A01&periodStart=202401010000&periodEnd=202501010000",
                $"documentType=A31&in_Domain={Fr}&out_Domain={DeLu}&Auction.Type=A01&contract_MarketAgreement.Type=A01&periodStart=202501010000&periodEnd=202601010000",
            ],
            SentQueries(route));
    }

    [Fact]
    public async Task GetOfferedCapacityAsync_UndefinedCategory_ThrowsBeforeSending()
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetOfferedCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, CapacityAllocation.Explicit, CapacityContractType.Daily, WindowStart, WindowEnd, (AuctionCategory)9));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetOfferedCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, (CapacityAllocation)9, CapacityContractType.Daily, WindowStart, WindowEnd));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetOfferedCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, CapacityAllocation.Explicit, (CapacityContractType)9, WindowStart, WindowEnd));

        Assert.Empty(route.Requests);
    }

    [Theory]
    [InlineData(IntradayCapacityAllocation.Continuous, "Auction.Type=A08&contract_MarketAgreement.Type=A07")]
    [InlineData(IntradayCapacityAllocation.FirstAuction, "Auction.Type=A01&contract_MarketAgreement.Type=A07&ClassificationSequence_AttributeInstanceComponent.Position=1")]
    [InlineData(IntradayCapacityAllocation.SecondAuction, "Auction.Type=A01&contract_MarketAgreement.Type=A07&ClassificationSequence_AttributeInstanceComponent.Position=2")]
    [InlineData(IntradayCapacityAllocation.ThirdAuction, "Auction.Type=A01&contract_MarketAgreement.Type=A07&ClassificationSequence_AttributeInstanceComponent.Position=3")]
    [InlineData(IntradayCapacityAllocation.Explicit, "Auction.Type=A02&contract_MarketAgreement.Type=A07")]
    public async Task GetIntradayOfferedCapacityAsync_Allocation_SendsItsAuctionTypeAndPosition(IntradayCapacityAllocation allocation, string expected)
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await client.GetIntradayOfferedCapacityAsync(TransparencyAreas.DeLu, TransparencyAreas.Fr, allocation, WindowStart, WindowEnd);

        Assert.Empty(series);
        Assert.Equal([$"documentType=A31&in_Domain={Fr}&out_Domain={DeLu}&{expected}&{Period}"], SentQueries(route));
    }

    [Fact]
    public async Task GetIntradayOfferedCapacityAsync_Continuous25HourDay_ExpandsTheA03QuarterHours()
    {
        var route = Serve(BorderDocuments.ContinuousOfferedCapacityBeToNl());
        using var client = Client(route);

        var series = await client.GetIntradayOfferedCapacityAsync(TransparencyAreas.Be, TransparencyAreas.Nl, IntradayCapacityAllocation.Continuous, BorderDocuments.AutumnDayStart, BorderDocuments.AutumnDayEnd.AddDays(1));

        Assert.Equal(
            [$"documentType=A31&in_Domain={BorderDocuments.Nl}&out_Domain={BorderDocuments.Be}&Auction.Type=A08&contract_MarketAgreement.Type=A07&periodStart=202610242200&periodEnd=202610262300"],
            SentQueries(route));
        Assert.Equal(2, series.Count);

        // 25 October has 100 quarter hours: 1-49 hold 1000, 50-96 hold 900, 97-100 hold 1200.
        var autumn = series[0].Periods.Single().Points;
        Assert.Equal(100, autumn.Count);
        Assert.Equal(96_100m, autumn.Sum(p => p.Value));
        Assert.Equal(new TimeSeriesPoint(new DateTimeOffset(2026, 10, 25, 10, 15, 0, TimeSpan.Zero), 900m), autumn[49]);
        Assert.Equal(new TimeSeriesPoint(new DateTimeOffset(2026, 10, 25, 22, 45, 0, TimeSpan.Zero), 1_200m), autumn[^1]);
        Assert.Equal("A07", series[0].ContractType);
        Assert.Null(series[0].AuctionCategory);

        var next = series[1].Periods.Single().Points;
        Assert.Equal(24, next.Count);
        Assert.Equal(19_200m, next.Sum(p => p.Value));
        Assert.Equal(BorderDocuments.AutumnDayEnd, next[0].Timestamp);
    }

    [Fact]
    public async Task GetImportsAsync_Netherlands_AsksEveryNeighbourKeepsThoseWithDataAndSumsThem()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, FlowInto(Target(ctx))));
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero);

        var imports = await client.GetImportsAsync(TransparencyAreas.Nl, start, start.AddHours(2));

        const string Window = "periodStart=202603290000&periodEnd=202603290200";
        Assert.Equal(
            [
                $"documentType=A11&in_Domain={BorderDocuments.Nl}&out_Domain={BorderDocuments.Be}&{Window}",
                $"documentType=A11&in_Domain={BorderDocuments.Nl}&out_Domain={BorderDocuments.DeLu}&{Window}",
                $"documentType=A11&in_Domain={BorderDocuments.Nl}&out_Domain=10YDK-1--------W&{Window}",
                $"documentType=A11&in_Domain={BorderDocuments.Nl}&out_Domain={BorderDocuments.Gb}&{Window}",
                $"documentType=A11&in_Domain={BorderDocuments.Nl}&out_Domain=10YNO-2--------T&{Window}",
            ],
            SentQueries(route));
        Assert.Equal(BorderFlowDirection.Import, imports.Direction);
        Assert.Equal(TransparencyAreas.Nl, imports.Area);
        Assert.Equal([TransparencyAreas.Be, TransparencyAreas.DeLu, TransparencyAreas.Dk1, TransparencyAreas.Gb, TransparencyAreas.No2], imports.Neighbours);

        // DK1 and NO2 had no matching data; GB's zeros are data and stay.
        Assert.Equal(3, imports.ByNeighbour.Count);
        Assert.Equal(8, imports.ByNeighbour[TransparencyAreas.Be].Single().Periods.Single().Points.Count);
        Assert.Equal([1_002m, 1_003m], imports.ByNeighbour[TransparencyAreas.DeLu].Single().Periods.Single().Points.Select(p => p.Value));
        Assert.Equal([0m, 0m], imports.ByNeighbour[TransparencyAreas.Gb].Single().Periods.Single().Points.Select(p => p.Value));
        Assert.False(imports.ByNeighbour.ContainsKey(TransparencyAreas.Dk1));

        // Each quarter hour adds BE's value to the DE-LU hour it falls in: 100 + 1002, then 160 + 1002 three times,
        // then 90 + 1003 four times.
        Assert.Equal(
            [1_102m, 1_162m, 1_162m, 1_162m, 1_093m, 1_093m, 1_093m, 1_093m],
            imports.Total.Select(p => p.Value));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => start.AddMinutes(15 * i)), imports.Total.Select(p => p.Timestamp));
        Assert.Equal(8_960m, imports.Total.Sum(p => p.Value));
    }

    [Fact]
    public async Task GetPhysicalFlowsWithNeighboursAsync_ExportFromPortugal_SendsPortugalAsOutDomainPerYear()
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var exports = await client.GetPhysicalFlowsWithNeighboursAsync(TransparencyAreas.Pt, BorderFlowDirection.Export, start, start.AddYears(2));

        Assert.Equal(
            [
                $"documentType=A11&in_Domain={BorderDocuments.Es}&out_Domain={BorderDocuments.Pt}&periodStart=202401010000&periodEnd=202501010000",
                $"documentType=A11&in_Domain={BorderDocuments.Es}&out_Domain={BorderDocuments.Pt}&periodStart=202501010000&periodEnd=202601010000",
            ],
            SentQueries(route));
        Assert.Equal([TransparencyAreas.Es], exports.Neighbours);
        Assert.Empty(exports.ByNeighbour);
        Assert.Empty(exports.Total);
    }

    [Fact]
    public async Task GetPhysicalFlowsWithNeighboursAsync_AreaWithoutNeighbours_SendsNothing()
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        var flows = await client.GetPhysicalFlowsWithNeighboursAsync(TransparencyAreas.De, BorderFlowDirection.Import, WindowStart, WindowEnd);

        Assert.Empty(route.Requests);
        Assert.Empty(flows.Neighbours);
        Assert.Empty(flows.Total);
    }

    [Fact]
    public async Task GetPhysicalFlowsWithNeighboursAsync_BadArguments_ThrowBeforeSending()
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetPhysicalFlowsWithNeighboursAsync(TransparencyAreas.Nl, (BorderFlowDirection)7, WindowStart, WindowEnd));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetPhysicalFlowsWithNeighboursAsync(TransparencyAreas.De, BorderFlowDirection.Import, WindowEnd, WindowStart));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetImportsAsync(null!, WindowStart, WindowEnd));

        Assert.Empty(route.Requests);
    }

    [Fact]
    public async Task GetGenerationAndImportsAsync_Portugal_FetchesGenerationThenImportsFromSpain()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(
            ctx,
            Target(ctx).Contains("documentType=A75", StringComparison.Ordinal)
                ? BorderDocuments.GenerationPortugal()
                : BorderDocuments.Flows(BorderDocuments.Es, BorderDocuments.Pt, "A03", "PT60M", (1, 1_500m), (4, 1_250m))));
        using var client = Client(route);

        var supply = await client.GetGenerationAndImportsAsync(TransparencyAreas.Pt, BorderDocuments.SpringDayStart, BorderDocuments.SpringDayEnd);

        Assert.Equal(
            [
                $"documentType=A75&processType=A16&in_Domain={BorderDocuments.Pt}&{SpringDay}",
                $"documentType=A11&in_Domain={BorderDocuments.Pt}&out_Domain={BorderDocuments.Es}&{SpringDay}",
            ],
            SentQueries(route));
        Assert.Equal(["B16", "B19"], supply.Generation.Select(s => s.PsrType));

        // Solar 1 … 23 over the 23-hour day: 276; wind 300 each hour: 6900.
        Assert.Equal(276m, supply.Generation[0].Periods.Single().Points.Sum(p => p.Value));
        Assert.Equal(6_900m, supply.Generation[1].Periods.Single().Points.Sum(p => p.Value));

        // Imports, A03: hours 1-3 at 1500, 4-23 at 1250, and the total is Spain's flow alone.
        var fromSpain = supply.Imports.ByNeighbour[TransparencyAreas.Es].Single().Periods.Single().Points;
        Assert.Equal(23, fromSpain.Count);
        Assert.Equal(29_500m, fromSpain.Sum(p => p.Value));
        Assert.Equal(fromSpain, supply.Imports.Total);
    }

    [Fact]
    public async Task GetGenerationAndImportsAsync_NoMatchingData_ReturnsBothPartsEmpty()
    {
        var route = Serve(Bodies.NoMatchingData);
        using var client = Client(route);

        var supply = await client.GetGenerationAndImportsAsync(TransparencyAreas.Pt, WindowStart, WindowEnd);

        Assert.Equal(2, route.Requests.Count);
        Assert.Empty(supply.Generation);
        Assert.Equal([TransparencyAreas.Es], supply.Imports.Neighbours);
        Assert.Empty(supply.Imports.ByNeighbour);
        Assert.Empty(supply.Imports.Total);
    }

    private static string FlowInto(string target)
    {
        string From(string eic) => $"out_Domain={eic}&";
        if (target.Contains(From(BorderDocuments.Be), StringComparison.Ordinal))
        {
            // Quarter hours from 23:00Z: positions 1-5 at 100, 6-8 at 160, 9-92 at 90.
            return BorderDocuments.Flows(BorderDocuments.Be, BorderDocuments.Nl, "A03", "PT15M", (1, 100m), (6, 160m), (9, 90m));
        }

        if (target.Contains(From(BorderDocuments.DeLu), StringComparison.Ordinal))
        {
            return BorderDocuments.Flows(BorderDocuments.DeLu, BorderDocuments.Nl, "A01", "PT60M", BorderDocuments.Ramp(23, 1_001m));
        }

        if (target.Contains(From(BorderDocuments.Gb), StringComparison.Ordinal))
        {
            return BorderDocuments.Flows(BorderDocuments.Gb, BorderDocuments.Nl, "A01", "PT60M", [.. Enumerable.Range(1, 23).Select(p => (p, 0m))]);
        }

        return Bodies.NoMatchingData;
    }

    private static string Target(HttpContext ctx) => ctx.Features.Get<IHttpRequestFeature>()!.RawTarget;
}
