using System.Text;
using System.Xml;

namespace Entsoe.Transparency.Tests.Parsing;

public class TransparencyDocumentParserTests
{
    private static readonly DateTimeOffset NewYearCet = new(2023, 12, 31, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_HourlyDayAheadPrices_ReadsHeaderAndSeries()
    {
        var content = SampleDocuments.HourlyPrices();

        var document = TransparencyDocumentParser.Parse(content);

        Assert.Equal(TransparencyDocumentKind.Publication, document.Kind);
        Assert.Equal("Publication_MarketDocument", document.RootElement);
        Assert.Equal("0b3a5a4e2c5f4d8b9a51e0c1d2f3a4b5", document.Id);
        Assert.Equal("A44", document.DocumentType);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 11, 58, 3, TimeSpan.Zero), document.CreatedAt);
        Assert.Equal(new UtcInterval(NewYearCet, NewYearCet.AddDays(1)), document.Interval);
        Assert.False(document.IsAcknowledgement);
        var series = Assert.Single(document.TimeSeries);
        Assert.Equal("1", series.Id);
        Assert.Equal("A62", series.BusinessType);
        Assert.Equal("10YNL----------L", series.InDomain);
        Assert.Equal("10YNL----------L", series.OutDomain);
        Assert.Equal("EUR", series.CurrencyUnit);
        Assert.Equal("MWH", series.PriceUnit);
        Assert.Null(series.QuantityUnit);
        Assert.Null(series.PsrType);
        Assert.Equal(TimeSeriesCurveType.VariableSizedBlocks, series.CurveType);
    }

    [Fact]
    public void Parse_HourlyDayAheadPrices_PlacesEachPointOnItsHour()
    {
        var content = SampleDocuments.HourlyPrices();

        var period = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods);

        Assert.Equal("PT60M", period.Resolution.Code);
        Assert.Equal(24, period.Points.Count);
        Assert.Equal(new TimeSeriesPoint(NewYearCet, 51.00m), period.Points[0]);
        Assert.Equal(new TimeSeriesPoint(NewYearCet.AddHours(23), 74.00m), period.Points[23]);
        Assert.All(period.Points, p => Assert.Equal(TimeSpan.Zero, p.Timestamp.Offset));
    }

    [Fact]
    public void Parse_QuarterHourDayAheadPrices_PlacesPointsEveryFifteenMinutes()
    {
        var content = SampleDocuments.DayAheadPrices(
            SampleDocuments.Publication73, "PT15M", "2025-10-01T22:00Z", "2025-10-01T23:00Z", "A03",
            (1, "101.17"), (2, "98.40"), (3, "-0.01"), (4, "87"));

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        var start = new DateTimeOffset(2025, 10, 1, 22, 0, 0, TimeSpan.Zero);
        Assert.Equal(
            [new(start, 101.17m), new(start.AddMinutes(15), 98.40m), new(start.AddMinutes(30), -0.01m), new(start.AddMinutes(45), 87m)],
            points);
    }

    [Theory]
    [InlineData(SampleDocuments.Publication70)]
    [InlineData(SampleDocuments.Publication73)]
    public void Parse_PublicationNamespaceVersion_ReadsTheSameSeries(string ns)
    {
        var content = SampleDocuments.HourlyPrices(ns);

        var document = TransparencyDocumentParser.Parse(content);

        Assert.Equal(ns, document.NamespaceUri);
        Assert.Equal(TransparencyDocumentKind.Publication, document.Kind);
        Assert.Equal(24, Assert.Single(Assert.Single(document.TimeSeries).Periods).Points.Count);
    }

    [Fact]
    public void Parse_VariableBlocksWithMissingPositions_RepeatsThePreviousValueToThePeriodEnd()
    {
        // Positions 3-4 and 6 are missing: the platform leaves out a price equal to the one before it.
        var content = SampleDocuments.DayAheadPrices(
            SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T06:00Z", "A03",
            (1, "10"), (2, "20"), (5, "50"));

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        Assert.Equal([10m, 20m, 20m, 20m, 50m, 50m], points.Select(p => p.Value));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 5, 0, 0, TimeSpan.Zero), points[^1].Timestamp);
    }

    [Fact]
    public void Parse_VariableBlocksWithMissingFirstPositions_StartsAtTheFirstStatedPosition()
    {
        var content = SampleDocuments.DayAheadPrices(
            SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T04:00Z", "A03",
            (3, "30"));

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        Assert.Equal(
            [new(new DateTimeOffset(2024, 1, 1, 2, 0, 0, TimeSpan.Zero), 30m), new(new DateTimeOffset(2024, 1, 1, 3, 0, 0, TimeSpan.Zero), 30m)],
            points);
    }

    [Fact]
    public void Parse_FixedBlocksWithMissingPosition_LeavesAGap()
    {
        var content = SampleDocuments.DayAheadPrices(
            SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T04:00Z", "A01",
            (1, "10"), (2, "20"), (4, "40"));

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        Assert.Equal([0, 1, 3], points.Select(p => p.Timestamp.Hour));
        Assert.Equal([10m, 20m, 40m], points.Select(p => p.Value));
    }

    [Fact]
    public void Parse_NoCurveType_ReadsAsFixedBlocks()
    {
        var content = SampleDocuments.WithSeries("Publication_MarketDocument", SampleDocuments.Publication73, """
            <Period>
              <timeInterval><start>2024-01-01T00:00Z</start><end>2024-01-01T03:00Z</end></timeInterval>
              <resolution>PT60M</resolution>
              <Point><position>1</position><price.amount>1</price.amount></Point>
              <Point><position>3</position><price.amount>3</price.amount></Point>
            </Period>
            """);

        var series = Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries);

        Assert.Equal(TimeSeriesCurveType.SequentialFixedSizeBlocks, series.CurveType);
        Assert.Equal(2, Assert.Single(series.Periods).Points.Count);
    }

    [Fact]
    public void Parse_CurveTypeAfterThePeriods_StillExpandsTheCurve()
    {
        var content = SampleDocuments.WithSeries("Publication_MarketDocument", SampleDocuments.Publication73, """
            <Period>
              <timeInterval><start>2024-01-01T00:00Z</start><end>2024-01-01T03:00Z</end></timeInterval>
              <resolution>PT60M</resolution>
              <Point><position>1</position><price.amount>7</price.amount></Point>
            </Period>
            <curveType>A03</curveType>
            """);

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        Assert.Equal([7m, 7m, 7m], points.Select(p => p.Value));
    }

    [Fact]
    public void Parse_SeveralSeriesAndPeriods_KeepsDocumentOrder()
    {
        var content = Encoding.UTF8.GetBytes($"""
            <Publication_MarketDocument xmlns="{SampleDocuments.Publication73}">
              <type>A11</type>
              <TimeSeries>
                <mRID>1</mRID>
                <businessType>A66</businessType>
                <in_Domain.mRID codingScheme="A01">10YBE----------2</in_Domain.mRID>
                <out_Domain.mRID codingScheme="A01">10YNL----------L</out_Domain.mRID>
                <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
                <curveType>A01</curveType>
                <Period>
                  <timeInterval><start>2024-01-01T00:00Z</start><end>2024-01-01T01:00Z</end></timeInterval>
                  <resolution>PT60M</resolution>
                  <Point><position>1</position><quantity>1200</quantity></Point>
                </Period>
                <Period>
                  <timeInterval><start>2024-01-01T02:00Z</start><end>2024-01-01T04:00Z</end></timeInterval>
                  <resolution>PT60M</resolution>
                  <Point><position>1</position><quantity>1300</quantity></Point>
                  <Point><position>2</position><quantity>1400</quantity></Point>
                </Period>
              </TimeSeries>
              <TimeSeries>
                <mRID>2</mRID>
                <businessType>A66</businessType>
                <in_Domain.mRID codingScheme="A01">10YNL----------L</in_Domain.mRID>
                <out_Domain.mRID codingScheme="A01">10YBE----------2</out_Domain.mRID>
                <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
                <curveType>A01</curveType>
                <Period>
                  <timeInterval><start>2024-01-01T00:00Z</start><end>2024-01-01T01:00Z</end></timeInterval>
                  <resolution>PT60M</resolution>
                  <Point><position>1</position><quantity>0</quantity></Point>
                </Period>
              </TimeSeries>
            </Publication_MarketDocument>
            """);

        var document = TransparencyDocumentParser.Parse(content);

        Assert.Equal(["1", "2"], document.TimeSeries.Select(s => s.Id));
        Assert.Equal(["10YBE----------2", "10YNL----------L"], document.TimeSeries.Select(s => s.InDomain));
        Assert.Equal(
            [[1200m], [1300m, 1400m]],
            document.TimeSeries[0].Periods.Select(p => p.Points.Select(x => x.Value).ToArray()));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 3, 0, 0, TimeSpan.Zero), document.TimeSeries[0].Periods[1].Points[1].Timestamp);
    }

    [Fact]
    public void Parse_ActualLoad_ReadsQuantitiesAndTheBiddingZone()
    {
        var content = SampleDocuments.ActualLoad();

        var document = TransparencyDocumentParser.Parse(content);

        Assert.Equal(TransparencyDocumentKind.GenerationLoad, document.Kind);
        Assert.Equal("A65", document.DocumentType);
        Assert.Equal("A16", document.ProcessType);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 23, 0, 0, TimeSpan.Zero), document.Interval?.Start);
        var series = Assert.Single(document.TimeSeries);
        Assert.Equal("A04", series.BusinessType);
        Assert.Equal("10YNL----------L", series.OutBiddingZone);
        Assert.Null(series.InBiddingZone);
        Assert.Equal("MAW", series.QuantityUnit);
        Assert.Equal([11523m, 11387.5m, 11240m, 11102m], Assert.Single(series.Periods).Points.Select(p => p.Value));
    }

    [Fact]
    public void Parse_GenerationPerType_ReadsThePsrTypeOfEachSeries()
    {
        var content = SampleDocuments.GenerationPerType();

        var document = TransparencyDocumentParser.Parse(content);

        Assert.Equal(["B16", "B19"], document.TimeSeries.Select(s => s.PsrType));
        Assert.All(document.TimeSeries, s => Assert.Equal("10Y1001A1001A82H", s.InBiddingZone));
        Assert.Equal(43877m, document.TimeSeries[0].Periods[0].Points[1].Value);
    }

    [Fact]
    public void Parse_MonthlyResolutionFromThe31st_CountsMonthsFromThePeriodStart()
    {
        var content = SampleDocuments.Capacity("P1M", "2024-01-31T00:00Z", "2024-05-31T00:00Z", "1", "2", "3", "4");

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        Assert.Equal(
            [new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero), new(2024, 2, 29, 0, 0, 0, TimeSpan.Zero), new(2024, 3, 31, 0, 0, 0, TimeSpan.Zero), new(2024, 4, 30, 0, 0, 0, TimeSpan.Zero)],
            points.Select(p => p.Timestamp));
    }

    [Fact]
    public void Parse_QuarterResolution_StepsThreeMonthsOfTheLocalCalendar()
    {
        var content = SampleDocuments.Capacity("P3M", "2023-12-31T23:00Z", "2024-12-31T23:00Z", "1", "2", "3", "4");

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        // Local (CET) 1 January, 1 April, 1 July, 1 October: the three after the March change are at 22:00Z.
        Assert.Equal(
            [new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.Zero), new(2024, 3, 31, 22, 0, 0, TimeSpan.Zero), new(2024, 6, 30, 22, 0, 0, TimeSpan.Zero), new(2024, 9, 30, 22, 0, 0, TimeSpan.Zero)],
            points.Select(p => p.Timestamp));
    }

    [Fact]
    public void Parse_YearlyInstalledCapacity_StepsCalendarYearsAcrossALeapYear()
    {
        var content = SampleDocuments.Capacity("P1Y", "2023-12-31T23:00Z", "2026-12-31T23:00Z", "61370", "61370", "63000");

        var document = TransparencyDocumentParser.Parse(content);

        var series = Assert.Single(document.TimeSeries);
        Assert.Equal("B14", series.PsrType);
        Assert.Equal(
            [new DateTimeOffset(2023, 12, 31, 23, 0, 0, TimeSpan.Zero), new(2024, 12, 31, 23, 0, 0, TimeSpan.Zero), new(2025, 12, 31, 23, 0, 0, TimeSpan.Zero)],
            Assert.Single(series.Periods).Points.Select(p => p.Timestamp));
    }

    [Fact]
    public void Parse_WindowInsideTheDocument_KeepsOnlyPointsStartingInTheWindow()
    {
        // The document covers the CET day; the caller asked for the UTC day.
        var content = SampleDocuments.HourlyPrices();
        var window = new UtcInterval(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero));

        var period = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content, new TransparencyParseOptions { Window = window }).TimeSeries).Periods);

        Assert.Equal(12, period.Points.Count);
        Assert.Equal(new TimeSeriesPoint(window.Start, 52.00m), period.Points[0]);
        Assert.Equal(new TimeSeriesPoint(window.End.AddHours(-1), 63.00m), period.Points[^1]);
        Assert.Equal(NewYearCet, period.Interval.Start);
    }

    [Fact]
    public void Parse_WindowOverVariableBlocks_KeepsRepeatedValuesInsideTheWindow()
    {
        var content = SampleDocuments.DayAheadPrices(
            SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T06:00Z", "A03",
            (1, "10"), (4, "40"));
        var window = new UtcInterval(new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 1, 5, 0, 0, TimeSpan.Zero));

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content, new TransparencyParseOptions { Window = window }).TimeSeries).Periods).Points;

        Assert.Equal([1, 2, 3, 4], points.Select(p => p.Timestamp.Hour));
        Assert.Equal([10m, 10m, 40m, 40m], points.Select(p => p.Value));
    }

    [Fact]
    public void Parse_WindowOutsideTheDocument_DropsTheSeries()
    {
        var content = SampleDocuments.HourlyPrices();
        var window = new UtcInterval(new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 2, 2, 0, 0, 0, TimeSpan.Zero));

        var document = TransparencyDocumentParser.Parse(content, new TransparencyParseOptions { Window = window });

        Assert.Empty(document.TimeSeries);
    }

    [Fact]
    public void Parse_WindowEndingBeforeItStarts_ThrowsArgumentException()
    {
        var content = SampleDocuments.HourlyPrices();
        var start = new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var options = new TransparencyParseOptions { Window = new UtcInterval(start, start.AddDays(-1)) };

        var error = Assert.Throws<ArgumentException>(() => TransparencyDocumentParser.Parse(content, options));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Parse_NoMatchingDataAcknowledgement_ReturnsAnAcknowledgementWithItsReason()
    {
        var content = SampleDocuments.Acknowledgement("999", "No matching data found for Data item Day-ahead Prices [12.1.D] (10YNL----------L) and interval 2024-01-01T00:00:00.000Z/2024-01-02T00:00:00.000Z.");

        var document = TransparencyDocumentParser.Parse(content);

        Assert.True(document.IsAcknowledgement);
        Assert.Equal(TransparencyDocumentKind.Acknowledgement, document.Kind);
        Assert.Empty(document.TimeSeries);
        Assert.Equal("999", document.Acknowledgement?.Code);
        Assert.StartsWith("No matching data found", document.Acknowledgement?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoMatchingDataAcknowledgementWhenAskedToThrow_ThrowsNoMatchingData()
    {
        var content = SampleDocuments.Acknowledgement("999", "No matching data found for Data item Actual Total Load [6.1.A].");

        var error = Assert.Throws<TransparencyNoMatchingDataException>(
            () => TransparencyDocumentParser.Parse(content, new TransparencyParseOptions { ThrowOnAcknowledgement = true }));

        Assert.Equal("No matching data found for Data item Actual Total Load [6.1.A].", error.ReasonText);
    }

    [Fact]
    public void Parse_RefusingAcknowledgementWhenAskedToThrow_ThrowsBadRequestWithTheReason()
    {
        var content = SampleDocuments.Acknowledgement("999", "The amount of requested data exceeds allowed limit.");

        var error = Assert.Throws<TransparencyBadRequestException>(
            () => TransparencyDocumentParser.Parse(content, new TransparencyParseOptions { ThrowOnAcknowledgement = true }));

        Assert.Equal("999", error.ReasonCode);
        Assert.Contains("exceeds allowed limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyResponse_UsesTheClientsRedactedReason()
    {
        var reason = new AcknowledgementReason("999", "No matching data found for ***.");
        var response = new TransparencyResponse(200, TransparencyContentKind.NoMatchingData, "Acknowledgement_MarketDocument", reason,
            SampleDocuments.Acknowledgement("999", "No matching data found for 0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c."));

        var document = TransparencyDocumentParser.Parse(response);

        Assert.Equal(reason, document.Acknowledgement);
    }

    [Fact]
    public void Parse_UnknownResolution_ThrowsNamingTheValue()
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT5M", "2024-01-01T00:00Z", "2024-01-01T00:10Z", "A03", (1, "1"));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("'PT5M'", error.Message, StringComparison.Ordinal);
        Assert.Contains("PT15M", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.LineNumber);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1,234.5")]
    [InlineData("n/a")]
    [InlineData("")]
    public void Parse_MalformedNumber_ThrowsNamingTheValueAndLine(string price)
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T01:00Z", "A03", (1, price));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains($"price.amount at line {error.LineNumber} is '{price}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, new[] { 3 })]
    [InlineData(true, new[] { 2, 3 })]
    public void Parse_MonthlyValuesAndAWindowInsideFebruaryToMarch_KeepsOverlappingMonthsOnlyWhenAsked(bool overlapping, int[] months)
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "P1M", "2024-01-01T00:00Z", "2024-05-01T00:00Z", "A01", (1, "1"), (2, "2"), (3, "3"), (4, "4"));
        var options = new TransparencyParseOptions
        {
            Window = new UtcInterval(new DateTimeOffset(2024, 2, 10, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero).AddDays(5)),
            KeepOverlappingPoints = overlapping,
        };

        var document = TransparencyDocumentParser.Parse(content, options);

        Assert.Equal(months, document.TimeSeries.SelectMany(s => s.Periods).SelectMany(p => p.Points).Select(p => p.Timestamp.Month));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("first")]
    public void Parse_MalformedSequence_ThrowsNamingTheElementAndValue(string sequence)
    {
        var content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(
            SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T01:00Z", "A03", (1, "1")))
            .Replace("<curveType>", $"<classificationSequence_AttributeInstanceComponent.position>{sequence}</classificationSequence_AttributeInstanceComponent.position><curveType>", StringComparison.Ordinal));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains($"classificationSequence_AttributeInstanceComponent.position at line {error.LineNumber} is '{sequence}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1E3", 1000)]
    [InlineData(" -3.25 ", -3.25)]
    [InlineData("+0.5", 0.5)]
    public void Parse_InvariantNumbers_ReadsTheExactDecimal(string price, double expected)
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T01:00Z", "A03", (1, price));

        var point = Assert.Single(Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points);

        Assert.Equal((decimal)expected, point.Value);
    }

    [Theory]
    [InlineData("2024-01-01T00:00Z")]
    [InlineData("2024-01-01T00:00:00Z")]
    [InlineData("2024-01-01T00:00:00.000Z")]
    [InlineData("2024-01-01T01:00+01:00")]
    public void Parse_InstantSpellings_ReadAsTheSameUtcInstant(string start)
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", start, "2024-01-01T01:00Z", "A03", (1, "1"));

        var document = TransparencyDocumentParser.Parse(content);

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), document.Interval?.Start);
        Assert.Equal(TimeSpan.Zero, document.Interval?.Start.Offset);
    }

    [Fact]
    public void Parse_MalformedInstant_ThrowsNamingTheValue()
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", "01.01.2024 00:00", "2024-01-01T01:00Z", "A03", (1, "1"));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("'01.01.2024 00:00'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocumentWithDtd_IsRefused()
    {
        var content = Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE Publication_MarketDocument [<!ENTITY lol "lollollollollollollollollollol">]>
            <Publication_MarketDocument xmlns="{SampleDocuments.Publication73}"><type>&lol;</type></Publication_MarketDocument>
            """);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.IsType<XmlException>(error.InnerException);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_IsRefused()
    {
        var content = Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE Publication_MarketDocument [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <Publication_MarketDocument xmlns="{SampleDocuments.Publication73}"><type>&secret;</type></Publication_MarketDocument>
            """);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
        Assert.IsType<XmlException>(error.InnerException);
    }

    [Fact]
    public void Parse_UnknownRootElement_ThrowsNamingIt()
    {
        var content = Encoding.UTF8.GetBytes("<Criticalnetworkelement_MarketDocument xmlns=\"urn:x\"><type>B06</type></Criticalnetworkelement_MarketDocument>");

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("'Criticalnetworkelement_MarketDocument'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Balancing_MarketDocument", TransparencyDocumentKind.Balancing)]
    [InlineData("TransmissionNetwork_MarketDocument", TransparencyDocumentKind.TransmissionNetwork)]
    [InlineData("Unavailability_MarketDocument", TransparencyDocumentKind.Unavailability)]
    [InlineData("GL_MarketDocument", TransparencyDocumentKind.GenerationLoad)]
    public void Parse_OtherDocumentFamilies_AreRecognizedFromTheRootAlone(string root, TransparencyDocumentKind kind)
    {
        var content = SampleDocuments.WithSeries(root, "urn:iec62325.351:tc57wg16:451-6:any:1:0", """
            <mRID>1</mRID>
            <Period>
              <timeInterval><start>2024-01-01T00:00Z</start><end>2024-01-01T01:00Z</end></timeInterval>
              <resolution>PT60M</resolution>
              <Point><position>1</position><quantity>42</quantity></Point>
            </Period>
            """);

        var document = TransparencyDocumentParser.Parse(content);

        Assert.Equal(kind, document.Kind);
        Assert.Equal(42m, document.TimeSeries[0].Periods[0].Points[0].Value);
    }

    [Fact]
    public void Parse_UnavailabilityAvailablePeriod_ReadsAsAPeriod()
    {
        var content = SampleDocuments.WithSeries("Unavailability_MarketDocument", "urn:iec62325.351:tc57wg16:451-6:outagedocument:3:0", """
            <mRID>1</mRID>
            <businessType>A53</businessType>
            <curveType>A03</curveType>
            <Available_Period>
              <timeInterval><start>2024-01-01T00:00Z</start><end>2024-01-03T00:00Z</end></timeInterval>
              <resolution>P1D</resolution>
              <Point><position>1</position><quantity>350</quantity></Point>
            </Available_Period>
            """);

        var points = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        Assert.Equal([350m, 350m], points.Select(p => p.Value));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), points[1].Timestamp);
    }

    [Fact]
    public void Parse_UnknownElementsAnywhere_AreSkipped()
    {
        var content = SampleDocuments.WithSeries("Publication_MarketDocument", SampleDocuments.Publication73, """
            <mRID>7</mRID>
            <Extension><mRID>not the series</mRID><Period><resolution>PT5M</resolution></Period></Extension>
            <curveType>A01</curveType>
            <Period>
              <timeInterval><start>2024-01-01T00:00Z</start><end>2024-01-01T01:00Z</end><note>x</note></timeInterval>
              <resolution>PT60M</resolution>
              <Point><position>1</position><secondaryQuantity>9</secondaryQuantity><quantity>5</quantity><Reason><code>A03</code></Reason></Point>
            </Period>
            <Reason><code>B08</code><text>data not yet available</text></Reason>
            """);

        var series = Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries);

        Assert.Equal("7", series.Id);
        Assert.Equal(5m, Assert.Single(Assert.Single(series.Periods).Points).Value);
    }

    [Fact]
    public void Parse_PositionBeyondThePeriod_ThrowsNamingThePosition()
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T02:00Z", "A01", (1, "1"), (3, "3"));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("position 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PositionsOutOfOrder_Throws()
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T02:00Z", "A03", (2, "2"), (1, "1"));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("must increase", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VariableBlocksOverDecades_ThrowsInsteadOfExpandingMillionsOfPoints()
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT1M", "2000-01-01T00:00Z", "2030-01-01T00:00Z", "A03", (1, "1"));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("would expand to 15779520 points", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnsupportedCurveType_ThrowsNamingIt()
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", "2024-01-01T00:00Z", "2024-01-01T01:00Z", "A02", (1, "1"));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("'A02'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PeriodWithoutResolution_Throws()
    {
        var content = SampleDocuments.WithSeries("Publication_MarketDocument", SampleDocuments.Publication73, """
            <Period>
              <timeInterval><start>2024-01-01T00:00Z</start><end>2024-01-01T01:00Z</end></timeInterval>
              <Point><position>1</position><price.amount>1</price.amount></Point>
            </Period>
            """);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("no resolution", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocumentCutOff_ThrowsDocumentExceptionWithTheLine()
    {
        var whole = SampleDocuments.HourlyPrices();
        var content = whole.AsMemory(0, whole.Length / 2);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.IsType<XmlException>(error.InnerException);
        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void Parse_ZipArchive_ThrowsAskingForItsEntries()
    {
        var content = new byte[] { (byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0 };

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("ZIP", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Stream_ReadsLikeBytesAndLeavesTheStreamOpen()
    {
        using var stream = new MemoryStream(SampleDocuments.GenerationPerType());

        var document = TransparencyDocumentParser.Parse(stream);

        Assert.Equal(2, document.TimeSeries.Count);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void Parse_OneYearAtFifteenMinutes_Has35040PointsEndingAtTheLastQuarterHour()
    {
        var content = SampleDocuments.OneYearQuarterHourPrices(2025);

        var period = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods);

        Assert.Equal(35_040, period.Points.Count);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), period.Points[0].Timestamp);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 23, 45, 0, TimeSpan.Zero), period.Points[^1].Timestamp);
        Assert.Equal(189.25m, period.Points[^1].Value); // position 35,040: (35,039 mod 400) - 50 + 0.25
    }

    [Fact]
    public void Parse_Points_CannotBeChangedThroughTheList()
    {
        var period = TransparencyDocumentParser.Parse(SampleDocuments.HourlyPrices()).TimeSeries[0].Periods[0];

        var list = Assert.IsAssignableFrom<IList<TimeSeriesPoint>>(period.Points);

        Assert.True(list.IsReadOnly);
    }
}
