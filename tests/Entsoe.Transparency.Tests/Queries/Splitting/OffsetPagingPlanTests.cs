namespace Entsoe.Transparency.Tests.Queries.Splitting;

public class OffsetPagingPlanTests
{
    [Theory]
    [InlineData("A77", 200)]
    [InlineData("A78", 200)]
    [InlineData("A79", 200)]
    [InlineData("a80", 200)]
    [InlineData("A44", 100)]
    [InlineData("A15", 100)]
    [InlineData("A81", 100)]
    [InlineData("A89", 100)]
    public void ForDocumentType_PagedEndpoint_ReturnsItsStride(string documentType, int stride)
    {
        var plan = OffsetPagingPlan.ForDocumentType(documentType);

        Assert.Equal(stride, plan?.Stride);
    }

    [Theory]
    [InlineData("A15", true)]
    [InlineData("A81", true)]
    [InlineData("A44", false)]
    [InlineData("A80", false)]
    public void ForDocumentType_PagedEndpoint_SaysWhetherArchivePagesCountSeries(string documentType, bool countsSeries)
    {
        var plan = OffsetPagingPlan.ForDocumentType(documentType);

        Assert.Equal(countsSeries, plan?.CountsArchiveSeries);
    }

    [Theory]
    [InlineData("A75")]
    [InlineData("A65")]
    [InlineData("A73")]
    public void ForDocumentType_EndpointWithoutOffset_ReturnsNull(string documentType)
    {
        var plan = OffsetPagingPlan.ForDocumentType(documentType);

        Assert.Null(plan);
    }

    [Fact]
    public void Offsets_Outages_RunFromZeroToFourThousandEightHundredByTwoHundred()
    {
        var plan = new OffsetPagingPlan(200);

        var offsets = plan.Offsets().Take(25).ToList();

        Assert.Equal(Enumerable.Range(0, 25).Select(page => page * 200), offsets);
    }

    [Fact]
    public void Offsets_EnumeratedPastTheMaximum_ThrowsInsteadOfEndingQuietly()
    {
        var plan = new OffsetPagingPlan(100);

        var error = Assert.Throws<TransparencyOffsetLimitException>(() => plan.Offsets().ToList());

        Assert.Equal(4800, error.Offset);
        Assert.Equal(100, error.Stride);
        Assert.Contains("Narrow the period", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, 0, true)]
    [InlineData(200, 1, true)]
    [InlineData(200, 199, true)]
    [InlineData(200, 200, false)]
    [InlineData(100, 100, false)]
    [InlineData(100, 150, false)]
    public void IsLastPage_DocumentsOnPage_TrueForShortOrEmptyPages(int stride, int documents, bool last)
    {
        var plan = new OffsetPagingPlan(stride);

        var isLast = plan.IsLastPage(documents);

        Assert.Equal(last, isLast);
    }

    [Theory]
    [InlineData(0, 200, 200)]
    [InlineData(4600, 200, 4800)]
    [InlineData(0, 0, null)]
    [InlineData(200, 37, null)]
    [InlineData(4800, 199, null)]
    [InlineData(4800, 0, null)]
    public void NextOffset_Page_AdvancesOnFullPagesAndStopsOnShortOnes(int offset, int documents, int? expected)
    {
        var plan = new OffsetPagingPlan(200);

        var next = plan.NextOffset(offset, documents);

        Assert.Equal(expected, next);
    }

    [Fact]
    public void NextOffset_FullPageAtTheMaximumOffset_ThrowsTelling5000DocumentsWereRead()
    {
        var plan = new OffsetPagingPlan(200);

        var error = Assert.Throws<TransparencyOffsetLimitException>(() => plan.NextOffset(4800, 200));

        Assert.Equal(4800, error.Offset);
        Assert.Equal(4800, error.MaximumOffset);
        Assert.Contains("5000 documents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextOffset_StrideNotDividingTheMaximum_StopsAtTheLastMultiple()
    {
        var plan = new OffsetPagingPlan(350);

        var error = Assert.Throws<TransparencyOffsetLimitException>(() => plan.NextOffset(4550, 350));

        Assert.Equal(4550, plan.MaximumOffset);
        Assert.Equal(4550, error.Offset);
    }

    [Theory]
    [InlineData(150, 200)]
    [InlineData(-200, 200)]
    [InlineData(5000, 200)]
    [InlineData(0, -1)]
    public void NextOffset_InvalidArguments_Throws(int offset, int documents)
    {
        var plan = new OffsetPagingPlan(200);

        Assert.ThrowsAny<ArgumentException>(() => plan.NextOffset(offset, documents));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4801)]
    public void Constructor_StrideOutOfRange_Throws(int stride)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OffsetPagingPlan(stride));
    }
}
