namespace Entsoe.Transparency.Tests.Queries;

public class TransparencyQueryTests
{
    [Fact]
    public void ToString_FullQuery_UsesThePlatformsNamesAndUtcMinutes()
    {
        var query = new TransparencyQuery("A75")
        {
            ProcessType = "A16",
            PeriodStart = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.FromHours(1)),
            PeriodEnd = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.FromHours(1)),
        }.WithDomain("in_Domain", "10YCZ-CEPS-----N").WithParameter("psrType", "B16");

        Assert.Equal(
            "documentType=A75&processType=A16&in_Domain=10YCZ-CEPS-----N&psrType=B16&periodStart=202611262300&periodEnd=202611272300",
            query.ToString());
    }

    [Fact]
    public void WithDomain_LowerCaseEicWithSpaces_SendsItNormalised()
    {
        var query = new TransparencyQuery("A65").WithDomain("outBiddingZone_Domain", " 10ynl----------l ");

        Assert.Equal("documentType=A65&outBiddingZone_Domain=10YNL----------L", query.ToString());
    }

    [Theory]
    [InlineData("10Y1001A1001A82J", "check character")]
    [InlineData("10Y1001A1001A82", "16")]
    [InlineData("0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c", "16")]
    public void WithDomain_NotAnEic_ThrowsSayingWhatIsWrongWithoutEchoingALongValue(string value, string expected)
    {
        var query = new TransparencyQuery("A65");

        var error = Assert.Throws<ArgumentException>(() => query.WithDomain("outBiddingZone_Domain", value));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("eic", error.ParamName);
        Assert.DoesNotContain("0c5e2f8a-6b1d", error.Message, StringComparison.Ordinal);
        Assert.Empty(query.Parameters);
    }

    [Theory]
    [InlineData("securityToken")]
    [InlineData("SECURITYTOKEN")]
    public void WithParameter_SecurityToken_ThrowsWithoutEchoingTheValue(string name)
    {
        var query = new TransparencyQuery("A44");

        var error = Assert.Throws<ArgumentException>(() => query.WithParameter(name, "0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c"));

        Assert.DoesNotContain("0c5e2f8a", error.Message, StringComparison.Ordinal);
        Assert.Contains("SecurityTokenCredential", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithParameter_ReservedName_PointsToTheProperty()
    {
        var error = Assert.Throws<ArgumentException>(() => new TransparencyQuery("A44").WithParameter("periodStart", "202601010000"));

        Assert.Contains("property", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_PeriodWithSeconds_ThrowsRatherThanTruncating()
    {
        var query = new TransparencyQuery("A44") { PeriodStart = new DateTimeOffset(2026, 1, 1, 0, 0, 30, TimeSpan.Zero) };

        Assert.Throws<ArgumentException>(query.ToString);
    }

    [Fact]
    public void ToString_EndBeforeStart_Throws()
    {
        var query = new TransparencyQuery("A44")
        {
            PeriodStart = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero),
            PeriodEnd = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };

        Assert.Throws<ArgumentException>(query.ToString);
    }
}
