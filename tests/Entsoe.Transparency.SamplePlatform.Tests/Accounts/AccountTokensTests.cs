using Entsoe.Transparency.SamplePlatform.Accounts;
using Entsoe.Transparency.SamplePlatform.Tests.Support;
using Entsoe.Transparency.Tokens.AspNetCore;

namespace Entsoe.Transparency.SamplePlatform.Tests.Accounts;

public sealed class AccountTokensTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly TestAccounts accounts;
    private readonly StateFingerprint fingerprints = new();
    private readonly AccountTokens tokens;

    public AccountTokensTests()
    {
        accounts = new TestAccounts(temp);
        tokens = new AccountTokens(accounts.Stores, accounts.Hasher, fingerprints, new TransparencyTokenCache());
    }

    [Fact]
    public async Task IssueAsync_ManyConfirmationsOfTheSameDialogAtOnce_ExactlyOneWins()
    {
        var seen = (await tokens.ReadAsync(1, CancellationToken.None))!.Fingerprint;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => tokens.IssueAsync(1, seen, overwrite: true, CancellationToken.None))));

        var winner = Assert.Single(results, r => r.Outcome == IssueOutcome.Issued);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(IssueOutcome.ChangedConcurrently, r.Outcome));
        Assert.Equal(winner.Token!.StoredValue, await accounts.StoredValueAsync(1));
    }

    [Fact]
    public async Task IssueAsync_AccountWithTokenNotConfirmed_NeedsConfirmationAndWritesNothing()
    {
        var seen = (await tokens.ReadAsync(1, CancellationToken.None))!.Fingerprint;

        var result = await tokens.IssueAsync(1, seen, overwrite: false, CancellationToken.None);

        Assert.Equal(IssueOutcome.NeedsConfirmation, result.Outcome);
        Assert.Null(result.Token);
        Assert.Equal(accounts.AliceToken, await accounts.StoredValueAsync(1));
    }

    [Fact]
    public async Task IssueAsync_FingerprintOfAnotherAccount_ChangesNothing()
    {
        var bobs = (await tokens.ReadAsync(2, CancellationToken.None))!.Fingerprint;

        var result = await tokens.IssueAsync(1, bobs, overwrite: true, CancellationToken.None);

        Assert.Equal(IssueOutcome.ChangedConcurrently, result.Outcome);
        Assert.Equal(accounts.AliceToken, await accounts.StoredValueAsync(1));
    }

    [Fact]
    public async Task IssueAsync_NoSuchAccount_ReturnsNoSuchAccount()
    {
        var result = await tokens.IssueAsync(99, "x", overwrite: true, CancellationToken.None);

        Assert.Equal(IssueOutcome.NoSuchAccount, result.Outcome);
    }

    [Fact]
    public void IssuedToken_ToString_NeverShowsTheToken()
    {
        var result = new IssueResult(IssueOutcome.Issued, Tokens.TokenGenerator.Issue(accounts.Hasher));

        Assert.DoesNotContain(result.Token!.RevealToken(), result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Token.StoredValue, result.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        fingerprints.Dispose();
        accounts.Dispose();
        temp.Dispose();
    }
}
