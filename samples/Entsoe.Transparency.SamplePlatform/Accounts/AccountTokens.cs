using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.AspNetCore;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.SamplePlatform.Accounts;

/// <summary>
/// The token field of "My Account Settings" on the accounts table: reads whether an account has a token and issues
/// new ones with the storage library's compare-and-swap, so two tabs confirming at once cannot both win and a
/// migration batch running meanwhile is never clobbered (docs/design.md §3). Only hashes are stored.
/// </summary>
internal sealed class AccountTokens(TokenStoreFactory stores, TokenHasher hasher, StateFingerprint fingerprints, TransparencyTokenCache logins)
{
    // A page request waits at most this long for a migration batch's write lock.
    private static readonly StoreOpenOptions ReadOptions = new(false, TimeSpan.FromSeconds(10));
    private static readonly StoreOpenOptions WriteOptions = new(true, TimeSpan.FromSeconds(10));

    /// <summary>The token state of account <paramref name="accountId"/>; null when there is no such account.</summary>
    public async Task<AccountTokenState?> ReadAsync(long accountId, CancellationToken cancellationToken)
    {
        var store = await stores.OpenAsync(ReadOptions, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var row = await store.ReadRowAsync(RowKey.FromInteger(accountId), cancellationToken).ConfigureAwait(false);
            return row is { } found ? new AccountTokenState(HasToken(found), fingerprints.Of(accountId, found.EffectiveValue)) : null;
        }
    }

    /// <summary>
    /// Issues a token for account <paramref name="accountId"/> if its token is still the one the page showed
    /// (<paramref name="seen"/>); an account that has one needs <paramref name="overwrite"/> ("Generate and overwrite").
    /// </summary>
    public async Task<IssueResult> IssueAsync(long accountId, string? seen, bool overwrite, CancellationToken cancellationToken)
    {
        var store = await stores.OpenAsync(WriteOptions, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            if (await store.ReadRowAsync(RowKey.FromInteger(accountId), cancellationToken).ConfigureAwait(false) is not { } row)
            {
                return new IssueResult(IssueOutcome.NoSuchAccount);
            }

            if (!fingerprints.Matches(accountId, row.EffectiveValue, seen))
            {
                return new IssueResult(IssueOutcome.ChangedConcurrently);
            }

            var replaces = HasToken(row);
            if (replaces && !overwrite)
            {
                return new IssueResult(IssueOutcome.NeedsConfirmation);
            }

            var issued = TokenGenerator.Issue(hasher);

            // The guard is the exact value read above: if another tab, a migration batch or a login's rehash changed the
            // row since, nothing is written. A rehash or a batch keeps the same token, so the user simply tries again.
            if (!await store.CompareAndSwapAsync(row, issued.StoredValue, cancellationToken).ConfigureAwait(false))
            {
                return new IssueResult(IssueOutcome.ChangedConcurrently);
            }

            // The data endpoint's login may remember the old token's row: forget it before the new token is shown, so
            // the old one is rejected from the next request on.
            logins.Invalidate(row.Key);
            return new IssueResult(IssueOutcome.Issued, issued, replaces);
        }
    }

    private static bool HasToken(StoredRow row) => !string.IsNullOrWhiteSpace(row.EffectiveValue);
}
