using System.Globalization;

namespace Entsoe.Transparency.Tests.Parsing.RealDocuments;

// Every document of the platform's real responses in Documents/ (see its README for where each came from), read by
// the SDK and compared with an independent reading of the same XML (RealDocumentExpectations; outages below).
public class RealDocumentTests
{
    // Outages, one line per document in archive order, worked out once by the same kind of Python script (ElementTree,
    // no SDK code): entry|series mRID|revision|outage start|outage end|capacity steps|sum of capacities|first step start|last step end.
    // A step of an A03 curve lasts until the next stated position or the end of its period.
    public static IReadOnlyDictionary<string, string[]> OutageRows { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["jl_A79_offshore_grid_outages_27docs.zip"] =
        [
            "0|1|10|2023-12-30T20:53Z|2024-01-31T17:58Z|1|377|2023-12-30T20:53Z|2024-01-31T17:58Z",
            "1|1|2|2024-01-31T17:00Z|2024-01-31T17:58Z|1|24|2024-01-31T17:00Z|2024-01-31T17:58Z",
            "2|1|2|2024-01-31T17:00Z|2024-01-31T17:58Z|1|24|2024-01-31T17:00Z|2024-01-31T17:58Z",
            "3|1|2|2024-01-31T17:00Z|2024-01-31T18:03Z|1|91|2024-01-31T17:00Z|2024-01-31T18:03Z",
            "4|1|2|2024-01-31T17:00Z|2024-01-31T18:03Z|1|95|2024-01-31T17:00Z|2024-01-31T18:03Z",
            "5|1|2|2024-01-31T18:41Z|2024-02-01T11:12Z|1|650.8|2024-01-31T18:41Z|2024-02-01T11:12Z",
            "6|1|13|2024-02-17T17:06Z|2024-02-17T17:46Z|1|970|2024-02-17T17:06Z|2024-02-17T17:46Z",
            "7|1|10|2024-02-17T17:46Z|2024-02-18T15:00Z|1|685|2024-02-17T17:46Z|2024-02-18T15:00Z",
            "8|1|8|2024-02-18T15:00Z|2024-02-21T07:00Z|1|0|2024-02-18T15:00Z|2024-02-21T07:00Z",
            "9|1|5|2024-02-21T07:00Z|2024-02-21T15:00Z|1|685|2024-02-21T07:00Z|2024-02-21T15:00Z",
            "10|1|8|2024-02-21T09:58Z|2024-02-21T13:00Z|1|82|2024-02-21T09:58Z|2024-02-21T13:00Z",
            "11|1|7|2024-02-21T09:58Z|2024-02-21T13:00Z|1|124|2024-02-21T09:58Z|2024-02-21T13:00Z",
            "12|1|8|2024-02-21T09:58Z|2024-02-21T13:00Z|1|126|2024-02-21T09:58Z|2024-02-21T13:00Z",
            "13|1|8|2024-02-21T09:58Z|2024-02-21T13:00Z|1|108|2024-02-21T09:58Z|2024-02-21T13:00Z",
            "14|1|8|2024-02-21T09:58Z|2024-02-23T18:19Z|1|440|2024-02-21T09:58Z|2024-02-23T18:19Z",
            "15|1|5|2024-02-21T15:00Z|2024-02-21T17:00Z|1|0|2024-02-21T15:00Z|2024-02-21T17:00Z",
            "16|1|2|2024-02-23T17:30Z|2024-02-23T18:19Z|1|0|2024-02-23T17:30Z|2024-02-23T18:19Z",
            "17|1|2|2024-02-23T17:30Z|2024-02-23T18:19Z|1|0|2024-02-23T17:30Z|2024-02-23T18:19Z",
            "18|1|2|2024-02-23T17:30Z|2024-02-23T18:23Z|1|0|2024-02-23T17:30Z|2024-02-23T18:23Z",
            "19|1|2|2024-02-23T17:30Z|2024-02-23T18:23Z|1|0|2024-02-23T17:30Z|2024-02-23T18:23Z",
            "20|1|3|2024-03-14T08:14Z|2024-03-14T10:34Z|1|117|2024-03-14T08:14Z|2024-03-14T10:34Z",
            "21|1|3|2024-03-14T08:14Z|2024-03-14T10:34Z|1|106|2024-03-14T08:14Z|2024-03-14T10:34Z",
            "22|1|3|2024-03-14T08:14Z|2024-03-14T10:36Z|1|82|2024-03-14T08:14Z|2024-03-14T10:36Z",
            "23|1|3|2024-03-14T08:14Z|2024-03-14T10:36Z|1|82|2024-03-14T08:14Z|2024-03-14T10:36Z",
            "24|1|3|2024-03-14T08:14Z|2024-03-14T10:43Z|1|605|2024-03-14T08:14Z|2024-03-14T10:43Z",
            "25|1|3|2024-03-14T08:14Z|2024-03-14T10:43Z|1|121|2024-03-14T08:14Z|2024-03-14T10:43Z",
            "26|1|3|2024-03-14T08:14Z|2024-03-14T10:43Z|1|120|2024-03-14T08:14Z|2024-03-14T10:43Z",
        ],
        ["jl_A80_BE_generation_outages_26docs.zip"] =
        [
            "0|1|2|2023-10-11T15:37Z|2024-03-05T08:00Z|1|0|2023-10-11T15:37Z|2024-03-05T08:00Z",
            "1|1|3|2023-12-22T23:00Z|2024-04-12T16:00Z|1|0|2023-12-22T23:00Z|2024-04-12T16:00Z",
            "2|1|3|2024-01-03T05:00Z|2024-01-03T15:50Z|1|0|2024-01-03T05:00Z|2024-01-03T15:50Z",
            "3|1|2|2024-01-04T09:00Z|2024-01-04T11:03Z|1|0|2024-01-04T09:00Z|2024-01-04T11:03Z",
            "4|1|5|2024-01-06T23:00Z|2024-01-11T10:55Z|1|0|2024-01-06T23:00Z|2024-01-11T10:55Z",
            "5|1|2|2024-01-08T07:00Z|2024-09-14T16:00Z|1|0|2024-01-08T07:00Z|2024-09-14T16:00Z",
            "6|1|1|2024-01-09T23:00Z|2024-01-10T03:37Z|1|0|2024-01-09T23:00Z|2024-01-10T03:37Z",
            "7|1|1|2024-01-09T23:00Z|2024-01-10T03:37Z|1|82.77|2024-01-09T23:00Z|2024-01-10T03:37Z",
            "8|1|1|2024-01-10T03:37Z|2024-01-10T05:50Z|1|110.53|2024-01-10T03:37Z|2024-01-10T05:50Z",
            "9|1|2|2024-01-10T03:37Z|2024-01-10T05:50Z|1|119.03|2024-01-10T03:37Z|2024-01-10T05:50Z",
            "10|1|1|2024-01-10T04:30Z|2024-01-10T05:50Z|1|110.53|2024-01-10T04:30Z|2024-01-10T05:50Z",
            "11|1|1|2024-01-10T05:50Z|2024-01-10T13:00Z|1|156.09|2024-01-10T05:50Z|2024-01-10T13:00Z",
            "12|1|1|2024-01-10T05:50Z|2024-01-10T13:00Z|1|156.09|2024-01-10T05:50Z|2024-01-10T13:00Z",
            "13|1|2|2024-01-11T12:30Z|2024-01-11T22:59Z|1|0|2024-01-11T12:30Z|2024-01-11T22:59Z",
            "14|1|2|2024-01-11T13:59Z|2024-01-11T14:00Z|1|0|2024-01-11T13:59Z|2024-01-11T14:00Z",
            "15|1|2|2024-01-13T23:00Z|2024-01-18T22:59Z|1|0|2024-01-13T23:00Z|2024-01-18T22:59Z",
            "16|1|1|2024-01-16T09:00Z|2024-01-16T15:00Z|1|0|2024-01-16T09:00Z|2024-01-16T15:00Z",
            "17|1|1|2024-01-18T08:00Z|2024-01-18T12:00Z|1|0|2024-01-18T08:00Z|2024-01-18T12:00Z",
            "18|1|1|2024-01-18T08:00Z|2024-01-18T12:00Z|1|0|2024-01-18T08:00Z|2024-01-18T12:00Z",
            "19|1|2|2024-01-19T10:00Z|2024-01-19T11:00Z|1|140|2024-01-19T10:00Z|2024-01-19T11:00Z",
            "20|1|2|2024-01-19T10:00Z|2024-01-19T11:00Z|1|260|2024-01-19T10:00Z|2024-01-19T11:00Z",
            "21|1|2|2024-01-21T04:00Z|2024-01-21T07:33Z|1|200|2024-01-21T04:00Z|2024-01-21T07:33Z",
            "22|1|2|2024-01-26T08:00Z|2024-01-26T13:33Z|1|0|2024-01-26T08:00Z|2024-01-26T13:33Z",
            "23|1|1|2024-01-29T23:01Z|2024-01-31T22:59Z|1|0|2024-01-29T23:01Z|2024-01-31T22:59Z",
            "24|1|1|2024-01-30T08:00Z|2024-01-30T08:45Z|1|200|2024-01-30T08:00Z|2024-01-30T08:45Z",
            "25|1|1|2024-01-30T08:45Z|2024-01-30T09:30Z|1|200|2024-01-30T08:45Z|2024-01-30T09:30Z",
        ],
    };

    public static TheoryData<string> OutageArchives { get; } = new(OutageRows.Keys);

    [Theory]
    [MemberData(nameof(RealDocumentExpectations.Documents), MemberType = typeof(RealDocumentExpectations))]
    public void Parse_RealDocument_MatchesAnIndependentReadingPeriodByPeriod(string file, string entry)
    {
        var document = Read(file, entry);

        var expected = RealDocumentExpectations.Periods[file].Select(PeriodRow.Parse).ToList();
        var actual = document.TimeSeries
            .SelectMany((series, s) => series.Periods.Select((period, p) => PeriodRow.Of(s, p, series, period)))
            .ToList();

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(OutageArchives))]
    public void ParseOutages_RealArchive_MatchesAnIndependentReadingOutageByOutage(string file)
    {
        var outages = TransparencyDocumentParser.ParseOutages(File.ReadAllBytes(PathOf(file)));

        var expected = OutageRows[file].Select(OutageRow.Parse).ToList();
        var actual = outages.Select(OutageRow.Of).ToList();

        Assert.Equal(expected, actual.Select((row, i) => row with { Entry = i }));
    }

    [Fact]
    public void Parse_InstalledCapacityPerUnit_ReadsTheFlattenedDocumentInterval()
    {
        var document = Read("jl_A71_NL_installed_capacity_per_unit_P1Y.xml", string.Empty);

        Assert.Equal(new UtcInterval(Instant("2022-12-31T23:00Z"), Instant("2024-12-31T23:00Z")), document.Interval);
        Assert.Equal(98, document.TimeSeries.Count);
    }

    [Theory]
    [InlineData("jl_A44_NL_day_ahead_prices_PT60M_A03.xml", "", TimeSeriesValueKind.Price, null)]
    [InlineData("jl_A65_NL_actual_load_PT15M_A03.xml", "", TimeSeriesValueKind.Quantity, null)]
    [InlineData("jl_A25_explicit_allocation_use_of_capacity.xml", "", TimeSeriesValueKind.Quantity, TimeSeriesValueKind.Price)]
    [InlineData("jl_A92_congestion_costs_P1M.xml", "", TimeSeriesValueKind.CongestionCost, null)]
    [InlineData("jl_A15_procured_balancing_capacity.zip", "001-PROCURED_BALANCING_CAPACITY_R3_202306142200-202306150200.xml", TimeSeriesValueKind.Quantity, TimeSeriesValueKind.ProcurementPrice)]
    [InlineData("jl_A85_AT_imbalance_prices_bal4-4.zip", "001-IMBALANCE_PRICES_R3_202401010000-202401050000.xml", TimeSeriesValueKind.ImbalancePrice, null)]
    [InlineData("jl_A87_HU_financial_expenses_P1M.zip", "001-FINANCIAL_EXPENSES_AND_INCOME_FOR_BALANCING_R3202301312300-202302282300.xml", TimeSeriesValueKind.FinancialPrice, null)]
    public void Parse_RealDocument_SaysWhichElementEachValueComesFrom(string file, string entry, TimeSeriesValueKind value, TimeSeriesValueKind? secondary)
    {
        var document = Read(file, entry);

        Assert.All(document.TimeSeries, s => Assert.Equal((value, secondary), (s.ValueKind, s.SecondaryValueKind)));
    }

    [Fact]
    public void Parse_ProcuredBalancingCapacity_ReadsTheBalancingSeriesCodes()
    {
        // Counted with ElementTree, no SDK code: 100 series, all daily (A01), standard product A01, resource object
        // A03 (written flattened, mktPSRType.psrType); 18 up (A01) and 82 down (A02).
        var document = Read("jl_A15_procured_balancing_capacity.zip", "001-PROCURED_BALANCING_CAPACITY_R3_202306142200-202306150200.xml");

        Assert.Equal(100, document.TimeSeries.Count);
        Assert.All(document.TimeSeries, s => Assert.Equal(("A01", "A01", null, "A03"), (s.MarketAgreementType, s.StandardMarketProduct, s.OriginalMarketProduct, s.PsrType)));
        Assert.Equal(18, document.TimeSeries.Count(s => s.FlowDirection == "A01"));
        Assert.Equal(82, document.TimeSeries.Count(s => s.FlowDirection == "A02"));
    }

    [Fact]
    public void ParseArchive_FlowBasedArchive_SaysTheSdkDoesNotReadFlowBasedDocumentsYet()
    {
        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(File.ReadAllBytes(PathOf("jl_B11_flow_based_archive.zip"))));

        Assert.Contains("DayAhead_CWE_20181230T2300Z_20181231T2300Z.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not read flow-based documents yet", error.Message, StringComparison.Ordinal);
        var unsupported = Assert.IsType<TransparencyUnsupportedDocumentException>(error.InnerException);
        Assert.Equal("CriticalNetworkElement_MarketDocument", unsupported.RootElement);
    }

    [Theory]
    [InlineData("extra/jl_A95_master_data_production_units.xml", "Configuration_MarketDocument", "does not read master data yet")]
    [InlineData("extra/jl_A99_hvdc_link_limitations.xml", "HVDCLink_MarketDocument", "does not read HVDC link documents yet")]
    [InlineData("extra/jl_A37_elastic_demands_reservebid.xml", "ReserveBid_MarketDocument", "does not read bid documents yet")]
    public void Parse_KindTheSdkDoesNotReadYet_ThrowsNamingIt(string file, string root, string says)
    {
        var error = Assert.Throws<TransparencyUnsupportedDocumentException>(() => TransparencyDocumentParser.Parse(File.ReadAllBytes(PathOf(file))));

        Assert.Equal(root, error.RootElement);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoMatchingDataAcknowledgement_IsAnAcknowledgementWithReason999()
    {
        var document = TransparencyDocumentParser.Parse(File.ReadAllBytes(PathOf("jl_ack_no_matching_data_A80.xml")));

        Assert.True(document.IsAcknowledgement);
        Assert.Equal("999", document.Acknowledgement?.Code);
        Assert.StartsWith("No matching data found for Data item UNAVAILABILITY_OF_PRODUCTION_AND_GENERATION_UNITS", document.Acknowledgement?.Text, StringComparison.Ordinal);
        Assert.Empty(document.TimeSeries);
    }

    private static TransparencyDocument Read(string file, string entry)
    {
        var bytes = File.ReadAllBytes(PathOf(file));
        if (entry.Length == 0)
        {
            return TransparencyDocumentParser.Parse(bytes);
        }

        var only = Assert.Single(TransparencyDocumentParser.ParseArchive(bytes));
        Assert.Equal(entry, only.Name);
        return only.Document;
    }

    // The documents are copied beside the test assembly (see the test project), so a clean clone needs nothing else.
    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "RealDocuments", file);

    private static DateTimeOffset Instant(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static decimal Number(string value) => decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private sealed record PeriodRow(int Series, int Period, string? Id, string Category, string Direction, string Resolution, int Points, decimal Sum, decimal? SecondarySum, string First, string Last, string Instants)
    {
        public static PeriodRow Parse(string line)
        {
            var f = line.Split('|');
            return new(
                int.Parse(f[0], CultureInfo.InvariantCulture),
                int.Parse(f[1], CultureInfo.InvariantCulture),
                f[2],
                f[3],
                f[4],
                f[5],
                int.Parse(f[6], CultureInfo.InvariantCulture),
                Number(f[7]),
                f[8] == "-" ? null : Number(f[8]),
                f[9],
                f[10],
                f[11]);
        }

        public static PeriodRow Of(int s, int p, TimeSeries series, TimeSeriesPeriod period)
        {
            var points = period.Points;
            var secondaries = points.Where(x => x.SecondaryValue is not null).ToList();
            return new(
                s,
                p,
                series.Id,
                series.PriceCategory ?? string.Empty,
                series.FlowDirection ?? string.Empty,
                period.Resolution.Code,
                points.Count,
                points.Sum(x => x.Value),
                secondaries.Count == 0 ? null : secondaries.Sum(x => x.SecondaryValue!.Value),
                points.Count == 0 ? "-" : Format(points[0].Timestamp),
                points.Count == 0 ? "-" : Format(points[^1].Timestamp),
                period.Resolution.IsLocalCalendar ? string.Join(',', points.Select(x => Format(x.Timestamp))) : string.Empty);
        }
    }

    private sealed record OutageRow(int Entry, string? Id, int? Revision, string Start, string End, int Steps, decimal Sum, string First, string Last)
    {
        public static OutageRow Parse(string line)
        {
            var f = line.Split('|');
            return new(
                int.Parse(f[0], CultureInfo.InvariantCulture),
                f[1],
                int.Parse(f[2], CultureInfo.InvariantCulture),
                f[3],
                f[4],
                int.Parse(f[5], CultureInfo.InvariantCulture),
                Number(f[6]),
                f[7],
                f[8]);
        }

        public static OutageRow Of(Outage outage) => new(
            0,
            outage.SeriesId,
            outage.RevisionNumber,
            outage.Interval is { } i ? Format(i.Start) : "-",
            outage.Interval is { } j ? Format(j.End) : "-",
            outage.AvailableCapacity.Count,
            outage.AvailableCapacity.Sum(x => x.AvailableCapacity),
            outage.AvailableCapacity.Count == 0 ? "-" : Format(outage.AvailableCapacity[0].Interval.Start),
            outage.AvailableCapacity.Count == 0 ? "-" : Format(outage.AvailableCapacity[^1].Interval.End));
    }
}
