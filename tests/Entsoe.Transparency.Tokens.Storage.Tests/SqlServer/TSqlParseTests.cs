namespace Entsoe.Transparency.Tokens.Storage.Tests.SqlServer;

public sealed class TSqlParseTests
{
    [Fact]
    public void Valid_WellFormedStatement_ReturnsItsStatements()
    {
        var script = TSqlParse.Valid("SET XACT_ABORT ON; SELECT TOP (10) [key] FROM [dbo].[t] WHERE [key] > @last ORDER BY [key];");

        Assert.Equal(2, TSqlParse.Statements(script).Count);
    }

    [Fact]
    public void Valid_SyntaxError_FailsListingTheError()
    {
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TSqlParse.Valid("UPDATE [t] SET WHERE [key] = 1"));

        Assert.Contains("does not parse", failure.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", failure.Message, StringComparison.Ordinal);
    }
}
