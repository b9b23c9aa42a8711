namespace Entsoe.Transparency.Tests.Queries.Splitting;

public class QuerySpanTableTests
{
    [Theory]
    [InlineData("A73", null, null, "P1D")]
    [InlineData("a73", null, null, "P1D")]
    [InlineData("A86", null, "B33", "P100D")]
    [InlineData("A86", "A16", "b33", "P100D")]
    [InlineData("A86", null, null, "P1Y")]
    [InlineData("A68", null, null, "unlimited")]
    [InlineData("A68", "A33", null, "unlimited")]
    [InlineData("A71", "A33", null, "unlimited")]
    [InlineData("A71", "A01", null, "P1Y")]
    [InlineData("A71", null, null, "P1Y")]
    [InlineData("A44", null, null, "P1Y")]
    [InlineData("A75", "A16", null, "P1Y")]
    [InlineData("A77", null, "A53", "P1Y")]
    [InlineData("A15", "A51", null, "P1Y")]
    [InlineData("A81", "A52", "B95", "P1Y")]
    [InlineData("A83", null, "A96", "P1Y")]
    [InlineData("A84", "A16", null, "P1Y")]
    [InlineData("B99", null, null, "P1Y")]
    public void GetMaximumSpan_DataItem_ReturnsItsLimit(string documentType, string? processType, string? businessType, string expected)
    {
        var span = QuerySpanTable.GetMaximumSpan(documentType, processType, businessType);

        Assert.Equal(expected, span.ToString());
    }

    [Fact]
    public void GetMaximumSpan_QueryWithBusinessTypeParameter_UsesIt()
    {
        var query = new TransparencyQuery("A86").WithDomain("area_Domain", TransparencyAreas.Nl).WithParameter("businessType", "B33");

        var span = QuerySpanTable.GetMaximumSpan(query);

        Assert.Equal(QuerySpan.FromDays(100), span);
    }

    [Fact]
    public void GetMaximumSpan_QueryWithProcessType_UsesIt()
    {
        var query = new TransparencyQuery("A71") { ProcessType = "A33" };

        var span = QuerySpanTable.GetMaximumSpan(query);

        Assert.True(span.IsUnlimited);
    }

    [Fact]
    public void GetMaximumSpan_UnknownItem_ReturnsTheDefaultOfOneYear()
    {
        var span = QuerySpanTable.GetMaximumSpan("Z99");

        Assert.Same(QuerySpanTable.DefaultSpan, span);
        Assert.Equal(1, span.Years);
    }

    [Fact]
    public void GetMaximumSpan_EmptyDocumentType_Throws()
    {
        Assert.Throws<ArgumentException>(() => QuerySpanTable.GetMaximumSpan(" "));
    }
}
