using Entsoe.Transparency.SamplePlatform.Tests.Support;

namespace Entsoe.Transparency.SamplePlatform.Tests.Data;

/// <summary>The data endpoint with the login cache on: "Generate and overwrite" on the page still rejects the old token at once.</summary>
public sealed class DataEndpointCacheTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory temp = new();
    private readonly TestAccounts accounts;
    private SamplePlatformServer server = null!;

    public DataEndpointCacheTests() => accounts = new TestAccounts(temp);

    public async Task InitializeAsync()
    {
        var configuration = accounts.Configuration();

        // Far longer than the test: only the page's invalidation can make the old token fail.
        configuration["SamplePlatform:LoginCacheSeconds"] = "60";
        server = await SamplePlatformServer.StartAsync(configuration);
    }

    [Fact]
    public async Task GetDayAheadPricesAsync_CachedTokenAfterGenerateAndOverwrite_RejectedAtOnce()
    {
        var credential = new SecurityTokenCredential(accounts.AliceToken);
        using var client = new TransparencyClient(credential, new TransparencyClientOptions { BaseAddress = server.ApiAddress });

        // The first call rehashes the plaintext row, the second finds the active key's value and caches it, the third is served from the cache.
        for (var i = 0; i < 3; i++)
        {
            Assert.Single(await client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Start, Start.AddHours(1)));
        }

        using var page = new PageClient(server.Address);
        await page.SignInAsync("alice", TestAccounts.Password);
        using var overwrite = await page.GenerateAsync(overwrite: true);
        var newToken = PageClient.ShownToken(await overwrite.Content.ReadAsStringAsync());

        Assert.NotNull(newToken);
        await Assert.ThrowsAsync<TransparencyAuthenticationException>(() => client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Start, Start.AddHours(1)));
        credential.Update(newToken);
        Assert.Single(await client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Start, Start.AddHours(1)));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose()
    {
        accounts.Dispose();
        temp.Dispose();
    }
}
