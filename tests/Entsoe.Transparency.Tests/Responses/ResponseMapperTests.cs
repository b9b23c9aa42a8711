using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Responses;

/// <summary>Final answers mapped to responses: content kinds and "no matching data", seen through QueryAsync.</summary>
public class ResponseMapperTests
{
    [Fact]
    public async Task QueryAsync_NoMatchingData_ReturnsEmptyResponse()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.NoData, TokenPlacement.Header);

        Assert.True(result.Response!.IsEmpty);
        Assert.Equal(TransparencyContentKind.NoMatchingData, result.Response.ContentKind);
        Assert.Equal("999", result.Response.Acknowledgement!.Code);
        Assert.StartsWith("No matching data found", result.Response.Acknowledgement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_NoMatchingDataWhenAskedToThrow_ThrowsNoMatchingData()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.NoDataThrows, TokenPlacement.Header);

        var error = result.ErrorOf<TransparencyNoMatchingDataException>();
        Assert.StartsWith("No matching data found", error.ReasonText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_QueryOverridesThrowOnNoMatchingData_ReturnsEmptyResponse()
    {
        var scenario = Scenarios.NoDataThrows with { Query = QueryThatReturnsEmpty };

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.True(result.Response!.IsEmpty);
    }

    [Fact]
    public async Task QueryAsync_ZipBody_IsDetectedBySignature()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Zip, TokenPlacement.Header);

        Assert.Equal(TransparencyContentKind.Zip, result.Response!.ContentKind);
        using var archive = new System.IO.Compression.ZipArchive(result.Response.OpenRead());
        Assert.Equal("outage.xml", Assert.Single(archive.Entries).FullName);
    }

    private static TransparencyQuery QueryThatReturnsEmpty()
    {
        var query = ScenarioRunner.DefaultQuery();
        query.ThrowOnNoMatchingData = false;
        return query;
    }
}
