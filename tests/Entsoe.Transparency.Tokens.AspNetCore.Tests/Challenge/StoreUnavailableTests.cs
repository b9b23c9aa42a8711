using System.Net;
using Entsoe.Transparency.Tokens.AspNetCore.Tests.Engines;
using Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Challenge;

public sealed class StoreUnavailableTests
{
    [Fact]
    public async Task Login_DatabaseMissing_Answers503NotA401()
    {
        using var keys = new TestKeys();
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.db");
        await using var server = await LoginServer.StartAsync(o =>
        {
            o.KeyRing = keys.Ring;
            o.UseStore("sqlite", $"Data Source={missing}", Storage.TableTarget.Create(null, "accounts", "id", "token", null));
        });

        var (status, body, response) = await server.SendAsync(TestKeys.NewToken(), Placement.Header);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(RejectionResponse.UnavailableText, LoginScenarios.ReasonText(body));
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == TransparencyTokenEventIds.StoreUnavailable);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Login_NoToken_Answers401WithTheSameBody()
    {
        using var keys = new TestKeys();
        await using var database = await SqliteAccounts.CreateAsync();
        await using var server = await LoginScenarios.StartAsync(database, keys);

        var (status, body, _) = await server.SendAsync(null, Placement.Header);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(RejectionResponse.UnauthorizedText, LoginScenarios.ReasonText(body));
        Assert.Equal("open", (await server.SendAsync(null, Placement.Header, "open")).Body);
    }
}
