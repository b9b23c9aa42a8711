using System.Net;
using Entsoe.Transparency.SamplePlatform.Tests.Support;

namespace Entsoe.Transparency.SamplePlatform.Tests.Pages;

/// <summary>The account page's HTTP contract: antiforgery on every POST, no caching, the token only in the response body.</summary>
public sealed class AccountPageHttpTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly TestAccounts accounts;
    private SamplePlatformServer server = null!;

    public AccountPageHttpTests() => accounts = new TestAccounts(temp);

    public async Task InitializeAsync() => server = await SamplePlatformServer.StartAsync(accounts.Configuration());

    [Theory]
    [InlineData("/signin")]
    [InlineData("/signout")]
    [InlineData("/account/generate")]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndChangesNothing(string path)
    {
        using var page = new PageClient(server.Address);
        await page.SignInAsync("alice", TestAccounts.Password);
        var seen = (await page.GetPageAsync("/account/confirm")).Seen;

        using var response = await page.PostAsync(path, new() { ["userName"] = "alice", ["password"] = TestAccounts.Password, ["seen"] = seen, ["overwrite"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(accounts.AliceToken, await accounts.StoredValueAsync(1));
    }

    [Fact]
    public async Task Generate_Figure4Response_IsNotStoredAndCarriesTheTokenOnlyInItsBody()
    {
        using var page = new PageClient(server.Address);
        await page.SignInAsync("bob", TestAccounts.Password);

        using var response = await page.GenerateAsync(overwrite: false);
        var token = PageClient.ShownToken(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(token);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Null(response.Headers.Location);
        Assert.All(response.Headers.Concat(response.Content.Headers), h => Assert.DoesNotContain(token, string.Join(",", h.Value), StringComparison.Ordinal));
        Assert.All(page.Cookies.GetAllCookies(), c => Assert.DoesNotContain(token, c.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(token, server.Logs.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(accounts.Keys.Hasher.Hash(token), await accounts.StoredValueAsync(2));
    }

    [Fact]
    public async Task Generate_ResubmittedForm_IssuesNothingAndShowsNoToken()
    {
        using var page = new PageClient(server.Address);
        await page.SignInAsync("bob", TestAccounts.Password);
        var form = await page.GetPageAsync("/account");
        Dictionary<string, string?> fields = new() { ["seen"] = form.Seen, ["__RequestVerificationToken"] = form.Antiforgery };
        using var first = await page.PostAsync("/account/generate", fields);
        var stored = await accounts.StoredValueAsync(2);

        using var again = await page.PostAsync("/account/generate", fields);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Null(PageClient.ShownToken(await again.Content.ReadAsStringAsync()));
        Assert.Equal(stored, await accounts.StoredValueAsync(2));
    }

    [Fact]
    public async Task Account_WithoutSession_RedirectsToSignIn()
    {
        using var page = new PageClient(server.Address);

        using var response = await page.Http.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_Returns401AndStartsNoSession()
    {
        using var page = new PageClient(server.Address);

        using var response = await page.SignInAsync("alice", "not the password");
        using var account = await page.Http.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose()
    {
        accounts.Dispose();
        temp.Dispose();
    }
}
