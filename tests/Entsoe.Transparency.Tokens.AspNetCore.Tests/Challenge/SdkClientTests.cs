using Entsoe.Transparency.Tokens.AspNetCore.Tests.Engines;
using Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Challenge;

/// <summary>The real SDK client against the scheme: a rejected token raises its authentication exception carrying the 401's advice.</summary>
public sealed class SdkClientTests
{
    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task QueryAsync_RejectedToken_AuthenticationExceptionCarriesTheReason(TokenPlacement placement)
    {
        using var keys = new TestKeys();
        await using var database = await SqliteAccounts.CreateAsync();
        await using var server = await LoginScenarios.StartAsync(database, keys);
        var token = TestKeys.NewToken();
        using var client = new TransparencyClient(
            new SecurityTokenCredential(token),
            new TransparencyClientOptions { BaseAddress = new Uri(server.Root, "api"), TokenPlacement = placement });

        var error = await Assert.ThrowsAsync<TransparencyAuthenticationException>(() => client.QueryAsync(new TransparencyQuery("A44")));

        Assert.Equal("999", error.ReasonCode);
        Assert.Equal(RejectionResponse.UnauthorizedText, error.ReasonText);
        Assert.Contains("Generate a new token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
