using System.Text;

namespace Entsoe.Transparency.Tests.Parsing;

/// <summary><see cref="TransparencyDocumentParser.ParseOutages(ReadOnlyMemory{byte}, TransparencyParseOptions?)"/>: unavailability documents.</summary>
public class TransparencyDocumentParserOutageTests
{
    private static readonly DateTimeOffset OutageStart = new(2024, 3, 1, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ParseOutages_GenerationUnitDocument_ReadsTheDocumentAndTheUnit()
    {
        var outage = Assert.Single(TransparencyDocumentParser.ParseOutages(Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit())));

        Assert.Equal("gu-outage-1", outage.DocumentId);
        Assert.Equal(3, outage.RevisionNumber);
        Assert.Equal("A80", outage.DocumentType);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 7, 2, 11, TimeSpan.Zero), outage.CreatedAt);
        Assert.Equal(OutageStatus.Active, outage.Status);
        Assert.Equal("A05", outage.StatusCode);
        Assert.Equal(OutageType.Forced, outage.OutageType);
        Assert.Equal("A54", outage.BusinessType);
        Assert.Equal("1", outage.SeriesId);
        Assert.Equal("10YBE----------2", outage.BiddingZone);
        Assert.Equal(new UtcInterval(OutageStart, OutageStart.AddMinutes(150)), outage.Interval);
        Assert.Equal(new OutageResource("22WDOEL3-000001X", "DOEL 3", "B14", "Doel"), outage.ProductionUnit);
        Assert.Equal(new OutageResource("22WDOEL3-GU0001Y", "DOEL 3 GU", "B14", null), outage.GenerationUnit);
        Assert.Equal(1006m, outage.NominalPower);
        Assert.Equal("MAW", outage.NominalPowerUnit);
        Assert.Equal("MAW", outage.QuantityUnit);
        Assert.Empty(outage.Assets);
        Assert.Equal([new OutageReason("B18", "Turbine trip")], outage.Reasons);
    }

    [Fact]
    public void ParseOutages_VariableBlocksAtOneMinute_KeepsTheStatedStepsInsteadOfAPointPerMinute()
    {
        var outage = Assert.Single(TransparencyDocumentParser.ParseOutages(Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit())));

        Assert.Equal(
            [
                new OutageCapacityStep(new UtcInterval(OutageStart, OutageStart.AddHours(1)), 0m),
                new OutageCapacityStep(new UtcInterval(OutageStart.AddHours(1), OutageStart.AddMinutes(150)), 400m),
            ],
            outage.AvailableCapacity);
    }

    [Theory]
    [InlineData("A05", OutageStatus.Active)]
    [InlineData("A09", OutageStatus.Cancelled)]
    [InlineData("A13", OutageStatus.Withdrawn)]
    [InlineData("A99", OutageStatus.Other)]
    [InlineData(null, OutageStatus.Unspecified)]
    public void ParseOutages_DocumentStatus_MapsToOutageStatusAndKeepsTheCode(string? code, OutageStatus expected)
    {
        var content = Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit(revision: 7, status: code));

        var outage = Assert.Single(TransparencyDocumentParser.ParseOutages(content));

        Assert.Equal(expected, outage.Status);
        Assert.Equal(code, outage.StatusCode);
        Assert.Equal(7, outage.RevisionNumber);
    }

    [Theory]
    [InlineData("A53", OutageType.Planned)]
    [InlineData("A54", OutageType.Forced)]
    [InlineData("B99", OutageType.Other)]
    public void ParseOutages_BusinessType_MapsToOutageType(string code, OutageType expected)
    {
        var outage = Assert.Single(TransparencyDocumentParser.ParseOutages(Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit(businessType: code))));

        Assert.Equal(expected, outage.OutageType);
        Assert.Equal(code, outage.BusinessType);
    }

    [Fact]
    public void ParseOutages_TransmissionDocument_ReadsAssetsDomainsAndTheDocumentInterval()
    {
        var outage = Assert.Single(TransparencyDocumentParser.ParseOutages(Encoding.UTF8.GetBytes(OutageDocuments.Transmission())));
        var start = new DateTimeOffset(2024, 5, 10, 6, 0, 0, TimeSpan.Zero);

        Assert.Equal("A78", outage.DocumentType);
        Assert.Equal(OutageType.Planned, outage.OutageType);
        Assert.Equal("10YBE----------2", outage.InDomain);
        Assert.Equal("10YFR-RTE------C", outage.OutDomain);
        Assert.Null(outage.BiddingZone);
        Assert.Null(outage.ProductionUnit);
        Assert.Null(outage.GenerationUnit);
        Assert.Null(outage.NominalPower);
        Assert.Equal(
            [new OutageResource("10T-BE-FR-00001A", "Avelgem - Avelin 380", "B21", "Avelgem"), new OutageResource("10T-BE-FR-00002Z", null, null, null)],
            outage.Assets);
        Assert.Equal(new UtcInterval(start, start.AddHours(2)), outage.Interval);
        Assert.Equal([new OutageReason("B19", "Foreseen maintenance")], outage.Reasons);
    }

    [Fact]
    public void ParseOutages_FixedBlocks_EachPositionHoldsForOneResolutionStep()
    {
        var outage = Assert.Single(TransparencyDocumentParser.ParseOutages(Encoding.UTF8.GetBytes(OutageDocuments.Transmission())));
        var start = new DateTimeOffset(2024, 5, 10, 6, 0, 0, TimeSpan.Zero);

        Assert.Equal(
            [
                new OutageCapacityStep(new UtcInterval(start, start.AddHours(1)), 1200m),
                new OutageCapacityStep(new UtcInterval(start.AddHours(1), start.AddHours(2)), 1500m),
            ],
            outage.AvailableCapacity);
    }

    [Fact]
    public void ParseOutages_ZipWithAnAcknowledgementEntry_ReturnsTheOutagesOnly()
    {
        var zip = OutageDocuments.ZipOf(OutageDocuments.GenerationUnit("a"), OutageDocuments.Acknowledgement(), OutageDocuments.GenerationUnit("b", status: "A09"));

        var outages = TransparencyDocumentParser.ParseOutages(zip);

        Assert.Equal(["a", "b"], outages.Select(o => o.DocumentId));
        Assert.Equal([OutageStatus.Active, OutageStatus.Cancelled], outages.Select(o => o.Status));
    }

    [Fact]
    public void ParseOutages_EntryThatIsNotAnOutageDocument_ThrowsNamingEntryAndRoot()
    {
        var zip = OutageDocuments.Zip(("001.xml", Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit())), ("002.xml", SampleDocuments.HourlyPrices()));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseOutages(zip));

        Assert.Contains("'002.xml' is a Publication_MarketDocument", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseOutages_OutageEndingBeforeItStarts_Throws()
    {
        var content = OutageDocuments.GenerationUnit().Replace("<end_DateAndOrTime.date>2024-03-01<", "<end_DateAndOrTime.date>2024-02-01<", StringComparison.Ordinal);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseOutages(Encoding.UTF8.GetBytes(content)));

        Assert.Contains("ends (2024-02-01T09:00Z) before it starts (2024-03-01T06:30Z)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseOutages_MalformedStartTime_ThrowsNamingTheValue()
    {
        var content = OutageDocuments.GenerationUnit().Replace("06:30:00Z", "half past six", StringComparison.Ordinal);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseOutages(Encoding.UTF8.GetBytes(content)));

        Assert.Contains("start_DateAndOrTime is '2024-03-01Thalf past six'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseOutages_Window_DropsOutagesThatDoNotOverlapIt()
    {
        var zip = OutageDocuments.ZipOf(OutageDocuments.GenerationUnit(), OutageDocuments.Transmission());
        var may = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

        var outage = Assert.Single(TransparencyDocumentParser.ParseOutages(zip, new TransparencyParseOptions { Window = new UtcInterval(may, may.AddMonths(1)) }));

        Assert.Equal("tr-outage-1", outage.DocumentId);
    }

    [Fact]
    public void Parse_OutageDocument_ReadsRevisionAndStatusOnTheDocument()
    {
        var document = TransparencyDocumentParser.Parse(Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit(status: "A13")));

        Assert.Equal(3, document.RevisionNumber);
        Assert.Equal("A13", document.Status);
        Assert.Equal(150, Assert.Single(Assert.Single(document.TimeSeries).Periods).Points.Count);
    }

    [Fact]
    public void Parse_RevisionNumberThatIsNotANumber_LeavesItUnset()
    {
        var content = OutageDocuments.GenerationUnit().Replace("<revisionNumber>3<", "<revisionNumber>three<", StringComparison.Ordinal);

        var document = TransparencyDocumentParser.Parse(Encoding.UTF8.GetBytes(content));

        Assert.Null(document.RevisionNumber);
        Assert.Equal("gu-outage-1", document.Id);
    }
}
