using Entsoe.Transparency.SamplePlatform.Tests.Support;
using Entsoe.Transparency.Tokens;
using OpenQA.Selenium;

namespace Entsoe.Transparency.SamplePlatform.Tests.Pages;

/// <summary>"My Account Settings" in a real headless Chromium: Figures 1-4, the dialog's Cancel, two tabs racing, back and reload.</summary>
public sealed class AccountPageBrowserTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly TestAccounts accounts;
    private SamplePlatformServer server = null!;
    private Browser browser = null!;

    public AccountPageBrowserTests() => accounts = new TestAccounts(temp);

    public async Task InitializeAsync()
    {
        server = await SamplePlatformServer.StartAsync(accounts.Configuration());
        browser = new Browser(server.Address);
    }

    [ChromiumFact]
    public async Task AccountPage_Figures1To4_ShowsTheTokenStateAndTheNewTokenOnce()
    {
        // Figure 1: alice has a token (plaintext, from before the migration); the page says so and never shows it.
        browser.SignIn("alice", TestAccounts.Password);
        Assert.Equal("exists", browser.Find("token-state").GetAttribute("data-state"));
        Assert.DoesNotContain(accounts.AliceToken, browser.Driver.PageSource, StringComparison.OrdinalIgnoreCase);
        browser.Screenshot("figure-1-token-exists");

        // Figure 2: bob has none.
        browser.Find("sign-out").Click();
        browser.SignIn("bob", TestAccounts.Password);
        Assert.Equal("none", browser.Find("token-state").GetAttribute("data-state"));
        browser.Screenshot("figure-2-no-token");

        // Figure 3: alice asks for a new token and is asked to confirm.
        browser.Find("sign-out").Click();
        browser.SignIn("alice", TestAccounts.Password);
        browser.Find("generate").Click();
        var dialog = browser.Find("confirm-dialog");
        Assert.True(dialog.Displayed);
        Assert.Equal("Generate and overwrite", browser.Find("overwrite").Text);
        browser.Screenshot("figure-3-confirm-overwrite");

        // Figure 4: the new token, once, with a copy button; only its hash is stored and the old token is dead.
        browser.Find("overwrite").Click();
        var shown = browser.Find("new-token").Text;
        Assert.Contains("please take a note of this token", browser.Find("issued-token").Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(shown, browser.Driver.Url, StringComparison.Ordinal);
        browser.Find("copy-token").Click();
        Assert.NotEqual(string.Empty, WaitForText("copy-status"));
        browser.Screenshot("figure-4-new-token-shown-once");

        var stored = await accounts.StoredValueAsync(1);
        Assert.Equal(accounts.Keys.Hasher.Hash(shown), stored);
        Assert.Equal(VerificationResult.Valid, accounts.Keys.Verifier.Verify(shown, stored));
        Assert.Equal(VerificationResult.Invalid, accounts.Keys.Verifier.Verify(accounts.AliceToken, stored));
        Assert.All(browser.Driver.Manage().Cookies.AllCookies, c => Assert.DoesNotContain(shown, c.Value, StringComparison.Ordinal));

        // Opening the page again shows Figure 1, not the token.
        browser.Open("/account");
        Assert.Equal("exists", browser.Find("token-state").GetAttribute("data-state"));
        Assert.DoesNotContain(shown, browser.Driver.PageSource, StringComparison.Ordinal);
        Assert.DoesNotContain(shown, server.Logs.Text, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task ConfirmDialog_Cancel_ChangesNothing()
    {
        browser.SignIn("alice", TestAccounts.Password);
        browser.Find("generate").Click();
        browser.Find("confirm-dialog");

        browser.Find("cancel").Click();

        Assert.Equal("exists", browser.Find("token-state").GetAttribute("data-state"));
        Assert.False(browser.Has("confirm-dialog"));
        Assert.False(browser.Has("new-token"));
        Assert.Equal(accounts.AliceToken, await accounts.StoredValueAsync(1));
    }

    [ChromiumFact]
    public async Task GenerateAndOverwrite_TwoTabsConfirmTheSameDialog_OnlyOneWins()
    {
        browser.SignIn("alice", TestAccounts.Password);
        var first = browser.Driver.CurrentWindowHandle;
        browser.Open("/account/confirm");
        browser.Find("confirm-dialog");
        browser.Driver.SwitchTo().NewWindow(WindowType.Tab);
        var second = browser.Driver.CurrentWindowHandle;
        browser.Open("/account/confirm");
        browser.Find("confirm-dialog");

        browser.Driver.SwitchTo().Window(first);
        browser.Find("overwrite").Click();
        var winner = browser.Find("new-token").Text;
        browser.Driver.SwitchTo().Window(second);
        browser.Find("overwrite").Click();

        Assert.True(browser.Find("lost-race").Displayed);
        Assert.False(browser.Has("new-token"));
        browser.Screenshot("figure-3-second-tab-lost-the-race");
        var stored = await accounts.StoredValueAsync(1);
        Assert.Equal(VerificationResult.Valid, accounts.Keys.Verifier.Verify(winner, stored));
        Assert.Equal(VerificationResult.Invalid, accounts.Keys.Verifier.Verify(accounts.AliceToken, stored));
    }

    [ChromiumFact]
    public async Task Figure4_BackAndReload_NeverShowTheTokenAgainNorIssueAnother()
    {
        browser.SignIn("bob", TestAccounts.Password);
        browser.Find("generate").Click();
        var shown = browser.Find("new-token").Text;
        var stored = await accounts.StoredValueAsync(2);

        // Reload re-sends the POST (or shows the browser's resubmission page): either way the form's view of the
        // account is stale, so nothing is issued and nothing is shown.
        browser.Driver.Navigate().Refresh();
        Assert.DoesNotContain(shown, browser.Driver.PageSource, StringComparison.Ordinal);

        browser.Open("/account");
        browser.Find("token-state");
        browser.Driver.Navigate().Back();
        Assert.DoesNotContain(shown, browser.Driver.PageSource, StringComparison.Ordinal);
        Assert.False(browser.Has("new-token") && browser.Find("new-token").Text.Length > 0);

        browser.Open("/account");
        Assert.Equal("exists", browser.Find("token-state").GetAttribute("data-state"));
        Assert.DoesNotContain(shown, browser.Driver.PageSource, StringComparison.Ordinal);
        Assert.Equal(stored, await accounts.StoredValueAsync(2));
        Assert.Equal(VerificationResult.Valid, accounts.Keys.Verifier.Verify(shown, stored));
    }

    public async Task DisposeAsync()
    {
        browser?.Dispose();
        await server.DisposeAsync();
    }

    public void Dispose()
    {
        accounts.Dispose();
        temp.Dispose();
    }

    // The copy button writes its status after an await; poll the page for it, bounded.
    private string WaitForText(string id)
    {
        for (var i = 0; i < 100; i++)
        {
            var text = browser.Find(id).Text;
            if (text.Length > 0)
            {
                return text;
            }

            Thread.Sleep(50);
        }

        return string.Empty;
    }
}
