using System.Net;
using Entsoe.Transparency.SamplePlatform.Data;
using Entsoe.Transparency.SamplePlatform.Tests.Support;

namespace Entsoe.Transparency.SamplePlatform.Tests.Data;

/// <summary>The data endpoint behind the login component, called by the real SDK.</summary>
public sealed class DataEndpointTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory temp = new();
    private readonly TestAccounts accounts;
    private SamplePlatformServer server = null!;

    public DataEndpointTests() => accounts = new TestAccounts(temp);

    public async Task InitializeAsync() => server = await SamplePlatformServer.StartAsync(accounts.Configuration());

    [Fact]
    public async Task GetDayAheadPricesAsync_PlaintextTokenFromBeforeTheMigration_ParsesTheServersDocument()
    {
        using var client = Client(accounts.AliceToken.ToUpperInvariant());

        var series = await client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Start, Start.AddDays(1));

        var points = Assert.Single(series).Periods.SelectMany(p => p.Points).ToList();
        Assert.Equal(24, points.Count);
        Assert.Equal(Start, points[0].Timestamp);
        Assert.Equal([.. Enumerable.Range(0, 24).Select(h => PriceDocument.PriceAt(Start.AddHours(h)))], points.Select(p => p.Value));
    }

    [Fact]
    public async Task GetDayAheadPricesAsync_AfterGenerateAndOverwrite_OldTokenRejectedAndUpdatedCredentialRecovers()
    {
        var credential = new SecurityTokenCredential(accounts.AliceToken);
        using var client = new TransparencyClient(credential, new TransparencyClientOptions { BaseAddress = server.ApiAddress });
        await client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Start, Start.AddHours(1));
        using var page = new PageClient(server.Address);
        await page.SignInAsync("alice", TestAccounts.Password);

        using var overwrite = await page.GenerateAsync(overwrite: true);
        var newToken = PageClient.ShownToken(await overwrite.Content.ReadAsStringAsync());

        Assert.NotNull(newToken);
        var rejected = await Assert.ThrowsAsync<TransparencyAuthenticationException>(() => client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Start, Start.AddHours(1)));
        Assert.DoesNotContain(accounts.AliceToken, rejected.ToString(), StringComparison.OrdinalIgnoreCase);
        credential.Update(newToken);
        Assert.Single(await client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Start, Start.AddHours(1)));
    }

    [Fact]
    public async Task Api_SignedInToThePageButNoToken_Returns401()
    {
        using var page = new PageClient(server.Address);
        await page.SignInAsync("alice", TestAccounts.Password);

        using var response = await page.Http.GetAsync(new Uri("/api?documentType=A44&in_Domain=10Y1001A1001A82H&out_Domain=10Y1001A1001A82H&periodStart=202601010000&periodEnd=202601010100", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task GetDayAheadPricesAsync_UnknownToken_ThrowsTransparencyAuthenticationException()
    {
        using var client = Client(Guid.NewGuid().ToString());

        await Assert.ThrowsAsync<TransparencyAuthenticationException>(() => client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Start, Start.AddHours(1)));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose()
    {
        accounts.Dispose();
        temp.Dispose();
    }

    private TransparencyClient Client(string token) =>
        new(new SecurityTokenCredential(token), new TransparencyClientOptions { BaseAddress = server.ApiAddress });
}
