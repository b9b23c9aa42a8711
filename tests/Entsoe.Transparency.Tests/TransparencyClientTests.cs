using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests;

public class TransparencyClientTests
{
    [Fact]
    public async Task QueryAsync_PublicationDocument_ReturnsXmlWithRootElement()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Ok, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(TransparencyContentKind.Xml, result.Response!.ContentKind);
        Assert.Equal("Publication_MarketDocument", result.Response.RootElement);
        Assert.Single(result.Requests);
        Assert.Equal(result.Token, result.Requests[0].Header("SECURITY_TOKEN"));
        Assert.Contains("documentType=A44", result.Requests[0].RawTarget, StringComparison.Ordinal);
        Assert.Contains("periodStart=202611262300", result.Requests[0].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_TestDouble_OverridesTheVirtualMethod()
    {
        var expected = new TransparencyResponse(200, TransparencyContentKind.Xml, "Publication_MarketDocument", null, new byte[] { 1 });
        TransparencyClient client = new FixedResponseClient(expected);

        var response = await client.QueryAsync(new TransparencyQuery("A44"), CancellationToken.None);

        Assert.Same(expected, response);
    }

    [Fact]
    public void ToString_Client_ShowsAddressAndPlacementOnly()
    {
        using var client = new TransparencyClient(new SecurityTokenCredential("c0ffee00-1111-4222-8333-444455556666"));

        Assert.Equal("TransparencyClient(https://web-api.tp.entsoe.eu/api, token in Header)", client.ToString());
    }

    private sealed class FixedResponseClient(TransparencyResponse response) : TransparencyClient
    {
        public override Task<TransparencyResponse> QueryAsync(TransparencyQuery query, CancellationToken cancellationToken = default) => Task.FromResult(response);
    }
}
