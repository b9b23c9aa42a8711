using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;
using static Entsoe.Transparency.Tests.Queries.MarketDataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>Net positions (A25) and aggregated balancing energy bids (A24) against the real server on 127.0.0.1.</summary>
public class TransparencyClientMarketTests
{
    private const string Period = "periodStart=202601010000&periodEnd=202601011200";

    [Fact]
    public async Task GetNetPositionsAsync_ExportThenImportOverALocalDay_ReturnsBothDirectionsTrimmedToTheWindow()
    {
        var route = Serve(NetPositionsBe());
        using var client = Client(route);

        var series = await client.GetNetPositionsAsync(TransparencyAreas.Be, NetPositionHorizon.DayAhead, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A25&businessType=B09&contract_MarketAgreement.Type=A01&in_Domain={Be}&out_Domain={Be}&{Period}"], SentQueries(route));
        Assert.Equal(2, series.Count);

        // Export: out of BE into the region, 00:00Z-04:45Z of its 23:00Z-05:00Z period; position 5 (00:00Z) states 1150.
        Assert.Equal((Be, Region, "B09"), (series[0].OutDomain, series[0].InDomain, series[0].BusinessType));
        var export = series[0].Periods.Single().Points;
        Assert.Equal(20, export.Count);
        Assert.Equal(new TimeSeriesPoint(WindowStart, 1150m), export[0]);
        Assert.Equal(new TimeSeriesPoint(WindowStart.AddMinutes(285), 1150m), export[^1]);

        // Import: out of the region into BE, 05:00Z-11:45Z; positions 1-8 repeat 300, 9 onwards 450.
        Assert.Equal((Region, Be), (series[1].OutDomain, series[1].InDomain));
        var import = series[1].Periods.Single().Points;
        Assert.Equal(28, import.Count);
        Assert.Equal(Enumerable.Repeat(300m, 8).Concat(Enumerable.Repeat(450m, 20)), import.Select(p => p.Value));
        Assert.Equal(WindowStart.AddHours(5), import[0].Timestamp);
        Assert.Equal(WindowStart.AddHours(7), import[8].Timestamp);
    }

    [Fact]
    public async Task GetNetPositionsAsync_IntradayNoMatchingData_SendsContractTypeA07AndReturnsNoSeries()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await client.GetNetPositionsAsync(TransparencyAreas.Be, NetPositionHorizon.Intraday, WindowStart, WindowEnd);

        Assert.Empty(series);
        Assert.Equal([$"documentType=A25&businessType=B09&contract_MarketAgreement.Type=A07&in_Domain={Be}&out_Domain={Be}&{Period}"], SentQueries(route));
    }

    [Fact]
    public async Task GetAggregatedBalancingEnergyBidsAsync_BothDirectionsOnTheSpringChangeDay_ReturnsOfferedAndActivatedVolumesPerQuarterHour()
    {
        var route = Serve(AggregatedBidsBe());
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero);

        var bids = await client.GetAggregatedBalancingEnergyBidsAsync(TransparencyAreas.Be, AggregatedBidProcess.Afrr, start, start.AddHours(1));

        Assert.Equal([$"documentType=A24&processType=A51&area_Domain={Be}&periodStart=202603290100&periodEnd=202603290200"], SentQueries(route));

        // 01:00Z is position 5. Down: position 1 (310 / 12) repeats to it, position 6 (290 / 0) onwards. Up: position 1
        // (420, nothing activated) repeats to 01:15Z, position 7 (415.5 / 3.25) from 01:30Z.
        Assert.Equal(
            [
                (BidDirection.Down, start, 310m, 12m),
                (BidDirection.Down, start.AddMinutes(15), 290m, 0m),
                (BidDirection.Down, start.AddMinutes(30), 290m, 0m),
                (BidDirection.Down, start.AddMinutes(45), 290m, 0m),
                (BidDirection.Up, start, 420m, null),
                (BidDirection.Up, start.AddMinutes(15), 420m, null),
                (BidDirection.Up, start.AddMinutes(30), 415.5m, 3.25m),
                (BidDirection.Up, start.AddMinutes(45), 415.5m, 3.25m),
            ],
            bids.Select(b => ((BidDirection)b.Direction!, b.Timestamp, (decimal)b.OfferedQuantity!, b.ActivatedQuantity)));
        Assert.All(bids, b => Assert.Equal((TimeSeriesResolution.Parse("PT15M"), "MAW", "A14", (decimal?)null), (b.Resolution, b.QuantityUnit, b.BusinessType, b.Price)));
        Assert.Equal(["1", "1", "1", "1", "2", "2", "2", "2"], bids.Select(b => b.SeriesId));
    }

    [Theory]
    [InlineData(AggregatedBidProcess.Afrr, "A51")]
    [InlineData(AggregatedBidProcess.Mfrr, "A47")]
    [InlineData(AggregatedBidProcess.ReplacementReserve, "A46")]
    [InlineData(AggregatedBidProcess.MfrrScheduledActivation, "A60")]
    [InlineData(AggregatedBidProcess.MfrrDirectActivation, "A61")]
    [InlineData(AggregatedBidProcess.AfrrCentralSelection, "A67")]
    [InlineData(AggregatedBidProcess.AfrrLocalSelection, "A68")]
    public async Task GetAggregatedBalancingEnergyBidsAsync_NoMatchingData_SendsTheProcessTypeAndReturnsNoBids(AggregatedBidProcess process, string processType)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var bids = await client.GetAggregatedBalancingEnergyBidsAsync(TransparencyAreas.Be, process, WindowStart, WindowEnd);

        Assert.Empty(bids);
        Assert.Equal([$"documentType=A24&processType={processType}&area_Domain={Be}&{Period}"], SentQueries(route));
    }

    [Fact]
    public async Task GetAggregatedBalancingEnergyBidsAsync_UndefinedProcess_ThrowsBeforeSending()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetAggregatedBalancingEnergyBidsAsync(TransparencyAreas.Be, (AggregatedBidProcess)7, WindowStart, WindowEnd));

        Assert.Equal("process", error.ParamName);
        Assert.Empty(route.Requests);
    }

    public static TheoryData<string> NewItemNames => [.. NullAreaCalls.Keys];

    // Every method added with the market items, called with a null area.
    private static readonly Dictionary<string, Func<TransparencyClient, Task>> NullAreaCalls = new()
    {
        ["NetPositions"] = c => c.GetNetPositionsAsync(null!, NetPositionHorizon.DayAhead, WindowStart, WindowEnd),
        ["AggregatedBids"] = c => c.GetAggregatedBalancingEnergyBidsAsync(null!, AggregatedBidProcess.Afrr, WindowStart, WindowEnd),
        ["IntradayPrices"] = c => c.GetIntradayAuctionPricesAsync(null!, IntradayAuction.Ida1, WindowStart, WindowEnd),
        ["DayAheadPricesLocal"] = c => c.GetDayAheadPricesLocalAsync(null!, 1, WindowStart, WindowEnd),
        ["TotalLoadForecast"] = c => c.GetTotalLoadForecastAsync(null!, LoadForecastHorizon.MonthAhead, WindowStart, WindowEnd),
        ["LoadAndForecast"] = c => c.GetLoadAndForecastAsync(null!, WindowStart, WindowEnd),
        ["InstalledCapacityPerUnit"] = c => c.GetInstalledCapacityPerUnitAsync(null!, WindowStart, WindowEnd),
        ["WaterReservoirs"] = c => c.GetWaterReservoirsAndHydroStorageAsync(null!, WindowStart, WindowEnd),
    };

    [Theory]
    [MemberData(nameof(NewItemNames))]
    public async Task NewDataItem_NullArea_ThrowsBeforeSending(string call)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => NullAreaCalls[call](client));

        Assert.Equal("area", error.ParamName);
        Assert.Empty(route.Requests);
    }

    public static TheoryData<string> YearlyItemNames => [.. YearlyCalls.Keys];

    // The new items the platform limits to one year per request (QuerySpanTable's default), with the request each
    // sends before its period; installed capacity per unit has no limit and is tested on its own.
    private static readonly Dictionary<string, (Func<TransparencyClient, DateTimeOffset, DateTimeOffset, Task> Call, string Query)> YearlyCalls = new()
    {
        ["NetPositions"] = ((c, s, e) => c.GetNetPositionsAsync(TransparencyAreas.Be, NetPositionHorizon.DayAhead, s, e), $"documentType=A25&businessType=B09&contract_MarketAgreement.Type=A01&in_Domain={Be}&out_Domain={Be}"),
        ["AggregatedBids"] = ((c, s, e) => c.GetAggregatedBalancingEnergyBidsAsync(TransparencyAreas.Be, AggregatedBidProcess.Mfrr, s, e), $"documentType=A24&processType=A47&area_Domain={Be}"),
        ["YearAheadLoadForecast"] = ((c, s, e) => c.GetTotalLoadForecastAsync(TransparencyAreas.Cz, LoadForecastHorizon.YearAhead, s, e), $"documentType=A65&processType=A33&outBiddingZone_Domain={Cz}"),
        ["WaterReservoirs"] = ((c, s, e) => c.GetWaterReservoirsAndHydroStorageAsync(TransparencyAreas.Bg, s, e), $"documentType=A72&processType=A16&in_Domain={Bg}"),
    };

    [Theory]
    [MemberData(nameof(YearlyItemNames))]
    public async Task NewDataItem_EighteenMonths_SendsOneRequestPerYear(string call)
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        await YearlyCalls[call].Call(client, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            [
                $"{YearlyCalls[call].Query}&periodStart=202401010000&periodEnd=202501010000",
                $"{YearlyCalls[call].Query}&periodStart=202501010000&periodEnd=202507010000",
            ],
            SentQueries(route));
    }
}
