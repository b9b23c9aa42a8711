using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Http;

/// <summary>Where the token goes, seen at the server.</summary>
public class SecurityTokenHandlerTests
{
    [Fact]
    public async Task QueryAsync_QueryParameterPlacement_SendsTokenInQueryOnly()
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.Ok, TokenPlacement.QueryParameter);

        Assert.Null(result.Requests[0].Header("SECURITY_TOKEN"));
        Assert.EndsWith("&securityToken=" + result.Token, result.Requests[0].RawTarget, StringComparison.Ordinal);
    }

    private const string Token = "c0ffee00-1111-4222-8333-444455556666";

    [Fact]
    public async Task SendAsync_HeaderPlacement_ReplacesAnyTokenHeaderAndRecordsTheVersion()
    {
        var (invoker, stub) = Invoker(new SecurityTokenCredential(Token), TokenPlacement.Header);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/api?documentType=A44");
        request.Headers.TryAddWithoutValidation("SECURITY_TOKEN", "stale");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        var sent = Assert.Single(stub.Requests);
        Assert.Equal([Token], sent.Headers.GetValues("SECURITY_TOKEN"));
        Assert.Equal("https://example.test/api?documentType=A44", sent.RequestUri!.AbsoluteUri);
        Assert.True(sent.Options.TryGetValue(SecurityTokenHandler.TokenVersionKey, out var version));
        Assert.Equal(1, version);
    }

    [Theory]
    [InlineData("https://example.test/api?documentType=A44", "https://example.test/api?documentType=A44&securityToken=")]
    [InlineData("https://example.test/api", "https://example.test/api?securityToken=")]
    public async Task SendAsync_QueryPlacement_AppendsTheEscapedTokenAndNoHeader(string uri, string expectedPrefix)
    {
        const string token = "etp_a+b/c=";
        var (invoker, stub) = Invoker(new SecurityTokenCredential(token), TokenPlacement.QueryParameter);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        var sent = Assert.Single(stub.Requests);
        Assert.Equal(expectedPrefix + Uri.EscapeDataString(token), sent.RequestUri!.AbsoluteUri);
        Assert.False(sent.Headers.Contains("SECURITY_TOKEN"));
    }

    [Fact]
    public async Task SendAsync_AfterUpdate_SendsTheNewTokenWithTheNextVersion()
    {
        var credential = new SecurityTokenCredential(Token);
        var (invoker, stub) = Invoker(credential, TokenPlacement.Header);
        const string updated = "c0ffee00-9999-4222-8333-444455556666";
        credential.Update(updated);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/api");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        var sent = Assert.Single(stub.Requests);
        Assert.Equal([updated], sent.Headers.GetValues("SECURITY_TOKEN"));
        Assert.True(sent.Options.TryGetValue(SecurityTokenHandler.TokenVersionKey, out var version));
        Assert.Equal(2, version);
    }

    private static (HttpMessageInvoker Invoker, StubHandler Stub) Invoker(SecurityTokenCredential credential, TokenPlacement placement)
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        return (new HttpMessageInvoker(new SecurityTokenHandler(credential, placement) { InnerHandler = stub }), stub);
    }
}
