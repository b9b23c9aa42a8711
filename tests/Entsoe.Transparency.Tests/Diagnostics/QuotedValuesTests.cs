namespace Entsoe.Transparency.Tests.Diagnostics;

public class QuotedValuesTests
{
    [Theory]
    [InlineData("The price.amount at line 4 is '12,5', which is not a number.")]
    [InlineData("The start at line 3 is '2024-01-01T00:00:00.000+01:00', which is not an ISO 8601 UTC instant.")]
    [InlineData("The quantity at line 9 is '-79228162514264337593543950335x', which is not a number.")]
    [InlineData("'Criticalnetworkelement_MarketDocument' is not a Transparency Platform document this parser reads.")]
    [InlineData("the platform's archives hold XML documents only; it's 'fine'.")]
    public void Describe_ShortValueOrDocumentName_LeavesTheMessageAsItIs(string message)
    {
        Assert.Equal(message, QuotedValues.Describe(message));
    }

    [Fact]
    public void Describe_UuidSizedValue_DescribesItsShapeInstead()
    {
        const string token = "0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c";

        var described = QuotedValues.Describe($"The price.amount at line 4 is '{token}', which is not a number.");

        Assert.Equal("The price.amount at line 4 is a 36-character value of letters, digits and '-' (too long for a number or an instant, so not shown), which is not a number.", described);
    }

    [Fact]
    public void Describe_ValueTheReaderCut_SaysMoreThan()
    {
        var described = QuotedValues.Describe("The start is 'etp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789…', which is not an instant.");

        Assert.Equal("The start is a value of more than 40 characters of letters, digits and '_' (too long for a number or an instant, so not shown), which is not an instant.", described);
    }

    [Fact]
    public void Describe_DoubleQuotedValue_IsDescribedToo()
    {
        var described = QuotedValues.Describe("Unexpected \"etp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789\".");

        Assert.DoesNotContain("etp_", described, StringComparison.Ordinal);
        Assert.Contains("a 40-character value", described, StringComparison.Ordinal);
    }
}
