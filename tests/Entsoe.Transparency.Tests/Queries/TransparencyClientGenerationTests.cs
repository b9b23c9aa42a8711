using static Entsoe.Transparency.Tests.Queries.DataItemDocuments;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>Generation per type and per unit, forecasts and installed capacity against the real server on 127.0.0.1.</summary>
public class TransparencyClientGenerationTests
{
    private const string DeLu = "10Y1001A1001A82H";
    private const string Fr = "10YFR-RTE------C";
    private const string Period = "periodStart=202601010000&periodEnd=202601011200";

    [Fact]
    public async Task GetActualGenerationPerProductionTypeAsync_GenerationAndPumping_ReturnsBothTrimmedAndToldApartByZone()
    {
        var route = Serve(GenerationLoad(
            "A75",
            "A16",
            Series("1", "A01", Domain("inBiddingZone_Domain", DeLu) + PsrType("B16"), "PT15M", 96, 0m),
            Series("2", "A01", Domain("inBiddingZone_Domain", DeLu) + PsrType("B10"), "PT15M", 96, 1_000m),
            Series("3", "A01", Domain("outBiddingZone_Domain", DeLu) + PsrType("B10"), "PT15M", 96, 2_000m)));
        using var client = Client(route);

        var series = await client.GetActualGenerationPerProductionTypeAsync(TransparencyAreas.DeLu, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A75&processType=A16&in_Domain={DeLu}&{Period}"], SentQueries(route));
        Assert.Equal(["B16", "B10", "B10"], series.Select(s => s.PsrType));
        Assert.All(series, s => Assert.Equal("MAW", s.QuantityUnit));
        Assert.All(series, s => Assert.Equal(48, s.Periods.Sum(p => p.Points.Count)));
        Assert.All(series, s => Assert.Equal(WindowStart, s.Periods[0].Points[0].Timestamp));
        Assert.All(series, s => Assert.Equal(WindowEnd.AddMinutes(-15), s.Periods[^1].Points[^1].Timestamp));
        var pumping = Assert.Single(series, s => s.OutBiddingZone == DeLu);
        Assert.Null(pumping.InBiddingZone);
        Assert.Equal(2_004m, pumping.Periods[0].Points[0].Value);
    }

    [Fact]
    public async Task GetActualGenerationPerProductionTypeAsync_OneType_SendsItsPsrTypeAndReturnsItsSeries()
    {
        var route = Serve(GenerationLoad("A75", "A16", Series("1", "A01", Domain("inBiddingZone_Domain", Fr) + PsrType("B14"), "PT60M", 24, 40_000m)));
        using var client = Client(route);

        var series = await client.GetActualGenerationPerProductionTypeAsync(TransparencyAreas.Fr, WindowStart, WindowEnd, ProductionType.Nuclear);

        Assert.Equal([$"documentType=A75&processType=A16&in_Domain={Fr}&psrType=B14&{Period}"], SentQueries(route));
        var nuclear = Assert.Single(series);
        Assert.Equal("B14", nuclear.PsrType);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => 40_000m + i), nuclear.Periods.SelectMany(p => p.Points).Select(p => p.Value));
    }

    [Fact]
    public async Task GetWindAndSolarForecastAsync_DayAheadThreeTypes_ReturnsEachTrimmed()
    {
        var route = Serve(GenerationLoad(
            "A69",
            "A01",
            Series("1", "A94", Domain("inBiddingZone_Domain", DeLu) + PsrType("B16"), "PT15M", 96, 0m),
            Series("2", "A93", Domain("inBiddingZone_Domain", DeLu) + PsrType("B18"), "PT15M", 96, 3_000m),
            Series("3", "A93", Domain("inBiddingZone_Domain", DeLu) + PsrType("B19"), "PT15M", 96, 20_000m)));
        using var client = Client(route);

        var series = await client.GetWindAndSolarForecastAsync(TransparencyAreas.DeLu, WindAndSolarForecastHorizon.DayAhead, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A69&processType=A01&in_Domain={DeLu}&{Period}"], SentQueries(route));
        Assert.Equal(["B16", "B18", "B19"], series.Select(s => s.PsrType));
        Assert.All(series, s => Assert.Equal(48, s.Periods.Sum(p => p.Points.Count)));
        Assert.Equal([4m, 3_004m, 20_004m], series.Select(s => s.Periods[0].Points[0].Value));
    }

    [Fact]
    public async Task GetWindAndSolarForecastAsync_IntradaySolar_SendsA40AndB16()
    {
        var route = Serve(GenerationLoad("A69", "A40", Series("1", "A94", Domain("inBiddingZone_Domain", DeLu) + PsrType("B16"), "PT15M", 96, 0m)));
        using var client = Client(route);

        var series = await client.GetWindAndSolarForecastAsync(TransparencyAreas.DeLu, WindAndSolarForecastHorizon.Intraday, WindowStart, WindowEnd, ProductionType.Solar);

        Assert.Equal([$"documentType=A69&processType=A40&in_Domain={DeLu}&psrType=B16&{Period}"], SentQueries(route));
        var solar = Assert.Single(series);
        Assert.Equal(48, solar.Periods.Sum(p => p.Points.Count));
    }

    [Fact]
    public async Task GetGenerationForecastAsync_ScheduledGeneration_ReturnsTheWindowsPoints()
    {
        var route = Serve(GenerationLoad("A71", "A01", Series("1", "A01", Domain("inBiddingZone_Domain", Fr), "PT60M", 24, 55_000m)));
        using var client = Client(route);

        var series = await client.GetGenerationForecastAsync(TransparencyAreas.Fr, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A71&processType=A01&in_Domain={Fr}&{Period}"], SentQueries(route));
        var forecast = Assert.Single(series);
        Assert.Equal(Fr, forecast.InBiddingZone);
        Assert.Equal("MAW", forecast.QuantityUnit);
        var points = forecast.Periods.SelectMany(p => p.Points).ToList();
        Assert.Equal(new TimeSeriesPoint(WindowStart, 55_001m), points[0]);
        Assert.Equal(new TimeSeriesPoint(WindowEnd.AddHours(-1), 55_012m), points[^1]);
    }

    [Fact]
    public async Task GetInstalledCapacityPerProductionTypeAsync_ThreeYearsFromLocalNewYear_SendsOneRequestAndReturnsOneValuePerYear()
    {
        var start = new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.Zero);
        var end = new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero);
        var route = Serve(GenerationLoad(
            "A68",
            "A33",
            Series("1", "A37", Domain("inBiddingZone_Domain", DeLu) + PsrType("B16"), "P1Y", start, end, 3, 81_000m),
            Series("2", "A37", Domain("inBiddingZone_Domain", DeLu) + PsrType("B18"), "P1Y", start, end, 3, 8_500m)));
        using var client = Client(route);

        var series = await client.GetInstalledCapacityPerProductionTypeAsync(TransparencyAreas.DeLu, start, end);

        Assert.Equal([$"documentType=A68&processType=A33&in_Domain={DeLu}&periodStart=202312312300&periodEnd=202612312300"], SentQueries(route));
        Assert.Equal(["B16", "B18"], series.Select(s => s.PsrType));
        var solar = series[0].Periods.SelectMany(p => p.Points).ToList();
        Assert.Equal(
            [
                new TimeSeriesPoint(start, 81_000m),
                new TimeSeriesPoint(new DateTimeOffset(2024, 12, 31, 23, 0, 0, TimeSpan.Zero), 81_001m),
                new TimeSeriesPoint(new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero), 81_002m),
            ],
            solar);
    }

    [Fact]
    public async Task GetInstalledCapacityPerProductionTypeAsync_PeriodInsideTheYear_ReturnsThatYearsValue()
    {
        // The year's value is stamped at the local new year, before this window, and holds for the whole year.
        var route = Serve(GenerationLoad("A68", "A33", Series("1", "A37", Domain("inBiddingZone_Domain", DeLu) + PsrType("B14"), "P1Y", LocalDayStart, LocalDayStart.AddYears(1), 1, 0m)));
        using var client = Client(route);

        var series = await client.GetInstalledCapacityPerProductionTypeAsync(TransparencyAreas.DeLu, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), ProductionType.Nuclear);

        Assert.Equal([$"documentType=A68&processType=A33&in_Domain={DeLu}&psrType=B14&periodStart=202606010000&periodEnd=202607010000"], SentQueries(route));
        var point = Assert.Single(Assert.Single(Assert.Single(series).Periods).Points);
        Assert.Equal(LocalDayStart, point.Timestamp);
    }

    [Fact]
    public async Task GetActualGenerationPerUnitAsync_TwoUnits_ReturnsOneTrimmedSeriesEach()
    {
        var unit = """<MktPSRType><psrType>B14</psrType><PowerSystemResources><mRID codingScheme="A01">17W100P100P0344D</mRID><name>UNIT 1</name></PowerSystemResources></MktPSRType>""";
        var route = Serve(GenerationLoad(
            "A73",
            "A16",
            Series("1", "A01", Domain("inBiddingZone_Domain", Fr) + unit, "PT60M", 24, 900m),
            Series("2", "A01", Domain("inBiddingZone_Domain", Fr) + unit.Replace("UNIT 1", "UNIT 2", StringComparison.Ordinal).Replace("17W100P100P0344D", "17W100P100P0345B", StringComparison.Ordinal), "PT60M", 24, 1_300m)));
        using var client = Client(route);

        var series = await client.GetActualGenerationPerUnitAsync(TransparencyAreas.Fr, WindowStart, WindowEnd);

        Assert.Equal([$"documentType=A73&processType=A16&in_Domain={Fr}&{Period}"], SentQueries(route));
        Assert.Equal(["1", "2"], series.Select(s => s.Id));
        Assert.All(series, s => Assert.Equal("B14", s.PsrType));
        Assert.Equal(["17W100P100P0344D", "17W100P100P0345B"], series.Select(s => s.ResourceId));
        Assert.Equal(["UNIT 1", "UNIT 2"], series.Select(s => s.ResourceName));
        Assert.All(series, s => Assert.Equal(12, s.Periods.Sum(p => p.Points.Count)));
        Assert.Equal([901m, 1_301m], series.Select(s => s.Periods[0].Points[0].Value));
    }

    [Fact]
    public async Task GetActualGenerationPerUnitAsync_ThreeDays_SendsOneRequestPerDay()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await client.GetActualGenerationPerUnitAsync(TransparencyAreas.Fr, LocalDayStart, LocalDayStart.AddDays(3), ProductionType.Nuclear, "17W100P100P0344D");

        Assert.Empty(series);
        Assert.Equal(
            [
                $"documentType=A73&processType=A16&in_Domain={Fr}&psrType=B14&registeredResource=17W100P100P0344D&periodStart=202512312300&periodEnd=202601012300",
                $"documentType=A73&processType=A16&in_Domain={Fr}&psrType=B14&registeredResource=17W100P100P0344D&periodStart=202601012300&periodEnd=202601022300",
                $"documentType=A73&processType=A16&in_Domain={Fr}&psrType=B14&registeredResource=17W100P100P0344D&periodStart=202601022300&periodEnd=202601032300",
            ],
            SentQueries(route));
    }

    [Fact]
    public async Task GetInstalledCapacityPerUnitAsync_FlattenedIntervalsOfTwoUnits_ReturnsEachUnitsCapacityOfTheYearOverlappingTheWindow()
    {
        var route = Serve(MarketDataItemDocuments.InstalledCapacityPerUnitNl());
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var series = await client.GetInstalledCapacityPerUnitAsync(TransparencyAreas.Nl, start, start.AddMonths(1));

        Assert.Equal([$"documentType=A71&processType=A33&in_Domain={MarketDataItemDocuments.Nl}&periodStart=202606010000&periodEnd=202607010000"], SentQueries(route));

        // Eemshaven A's 2025 series ends before the window and is left out; both 2026 values are stamped at local 1 January.
        Assert.Equal(["49W000000000000J", "49W000000000054X"], series.Select(s => s.ResourceId));
        Assert.Equal(["Westereems", "Eemshaven A"], series.Select(s => s.ResourceName));
        Assert.Equal(["B19", "B04"], series.Select(s => s.PsrType));
        var newYear = new DateTimeOffset(2025, 12, 31, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(new TimeSeriesPoint(newYear, 120.3m), series[0].Periods.Single().Points.Single());
        Assert.Equal(new TimeSeriesPoint(newYear, 800m), series[1].Periods.Single().Points.Single());
        Assert.Equal(new UtcInterval(newYear, new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero)), series[1].Periods.Single().Interval);
    }

    [Fact]
    public async Task GetInstalledCapacityPerUnitAsync_ThreeYearsOfOneType_SendsOneRequest()
    {
        var route = Serve(Infrastructure.Bodies.NoMatchingData);
        using var client = Client(route);

        var series = await client.GetInstalledCapacityPerUnitAsync(TransparencyAreas.Nl, new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), ProductionType.WindOnshore);

        Assert.Empty(series);
        Assert.Equal([$"documentType=A71&processType=A33&in_Domain={MarketDataItemDocuments.Nl}&psrType=B19&periodStart=202301010000&periodEnd=202601010000"], SentQueries(route));
    }

    [Fact]
    public async Task GetWaterReservoirsAndHydroStorageAsync_WeeksAcrossTheSpringChange_PlacesEachWeekOnItsLocalMonday()
    {
        var route = Serve(MarketDataItemDocuments.WaterReservoirsBg());
        using var client = Client(route);
        var start = new DateTimeOffset(2026, 3, 27, 0, 0, 0, TimeSpan.Zero);

        var series = await client.GetWaterReservoirsAndHydroStorageAsync(TransparencyAreas.Bg, start, start.AddDays(4));

        Assert.Equal([$"documentType=A72&processType=A16&in_Domain={MarketDataItemDocuments.Bg}&periodStart=202603270000&periodEnd=202603310000"], SentQueries(route));
        var filling = Assert.Single(series);
        Assert.Equal("MWH", filling.QuantityUnit);

        // Monday 23 March starts at 22:00Z (EET), Monday 30 March at 21:00Z (EEST): the first week lasts 167 hours.
        Assert.Equal(
            [
                new TimeSeriesPoint(new DateTimeOffset(2026, 3, 22, 22, 0, 0, TimeSpan.Zero), 1_909_687.74m),
                new TimeSeriesPoint(new DateTimeOffset(2026, 3, 29, 21, 0, 0, TimeSpan.Zero), 1_950_000.5m),
            ],
            filling.Periods.Single().Points);
    }

    [Fact]
    public async Task GetInstalledCapacityPerUnitAsync_RealNetherlandsDocument_NamesEveryUnitOfTheYear()
    {
        // The platform's own answer (tests' RealDocuments): 98 series, 47 units for 2023 and 51 for 2024, counted and
        // summed from the XML independently of the SDK.
        var route = Serve(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealDocuments", "jl_A71_NL_installed_capacity_per_unit_P1Y.xml")));
        using var client = Client(route);
        var start = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var series = await client.GetInstalledCapacityPerUnitAsync(TransparencyAreas.Nl, start, start.AddMonths(1));

        Assert.Equal(51, series.Count);
        Assert.Equal(51, series.Select(s => s.ResourceName).Distinct().Count(name => name is not null));
        Assert.Equal(23_212.2m, series.Sum(s => s.Periods.Single().Points.Single().Value));
        Assert.Equal(("49W000000000000J", "Westereems", "B19"), (series[0].ResourceId, series[0].ResourceName, series[0].PsrType));
        Assert.Equal(new TimeSeriesPoint(new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.Zero), 120.3m), series[0].Periods.Single().Points.Single());
    }
}
