using System.Data.Common;
using System.Security.Cryptography;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// The login path itself, independent of HTTP: finds the rows a presented token could match by an indexed lookup,
/// verifies each with the token core, and rehashes an accepted plaintext or older-key row under the migrator's
/// compare-and-swap guard. One instance per scheme, thread-safe.
/// </summary>
internal sealed class TokenAuthenticator : IAsyncDisposable
{
    private readonly TokenHasher hasher;
    private readonly TokenVerifier verifier;
    private readonly ITokenLookup lookup;
    private readonly bool ownsLookup;
    private readonly bool rehash;
    private readonly TransparencyTokenMetrics metrics;
    private readonly TransparencyTokenLog log;
    private readonly TimeProvider time;
    private readonly VerifiedRowCache cache;

    // A random UUID no account holds: a value that can never verify (empty, `$…`) is replaced by it and looked up like any
    // token, so such a rejection does the same work (hashing, one query, verification) as an unknown token's.
    private readonly string decoy = new Guid(RandomNumberGenerator.GetBytes(16)).ToString();

    public TokenAuthenticator(TokenHasher hasher, ITokenLookup lookup, bool ownsLookup, bool rehash, TransparencyTokenMetrics metrics, TransparencyTokenLog log, TimeProvider time, VerifiedRowCache cache)
    {
        this.cache = cache;
        this.hasher = hasher;
        verifier = new TokenVerifier(hasher);
        this.lookup = lookup;
        this.ownsLookup = ownsLookup;
        this.rehash = rehash;
        this.metrics = metrics;
        this.log = log;
        this.time = time;
    }

    /// <summary>Builds the authenticator of a scheme: copies the keys and opens (or adopts) the lookup.</summary>
    public static async Task<TokenAuthenticator> CreateAsync(TransparencyTokenOptions options, TransparencyTokenMetrics metrics, TransparencyTokenLog log, TransparencyTokenCache caches, CancellationToken cancellationToken)
    {
        var time = options.TimeProvider ?? TimeProvider.System;
        var hasher = options.KeyRing is { } ring ? TokenHasher.Create(ring) : TokenHasher.CreateUnkeyed();
        try
        {
            var owns = options.Lookup is null;
            var lookup = options.Lookup ?? await options.Store!.OpenLookupAsync(options.LockTimeout, cancellationToken).ConfigureAwait(false);
            var cache = caches.Create(options.CacheDuration, options.CacheSize, time);
            return new TokenAuthenticator(hasher, lookup, owns, options.RehashOnSuccess, metrics, log, time, cache);
        }
        catch
        {
            hasher.Dispose();
            throw;
        }
    }

    /// <summary>Checks <paramref name="presented"/>; throws only when the table cannot be reached (the caller answers 503).</summary>
    /// <exception cref="DbException">The lookup failed in the driver.</exception>
    /// <exception cref="StoreConnectionException">The database could not be reached.</exception>
    public async ValueTask<LoginOutcome> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var outcome = await FindAsync(presented, cancellationToken).ConfigureAwait(false);
        metrics.Elapsed(time.GetElapsedTime(started), outcome.Accepted);
        return outcome;
    }

    /// <summary>Counts a rejection decided before the lookup (an ambiguous request), after doing the lookup work anyway.</summary>
    public async Task<LoginOutcome> RejectAsync(string reason, CancellationToken cancellationToken)
    {
        await lookup.FindByStoredValuesAsync(LookupCandidates.For(verifier, decoy), cancellationToken).ConfigureAwait(false);
        metrics.Rejected(reason);
        return LoginOutcome.Reject(reason);
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsLookup)
        {
            await lookup.DisposeAsync().ConfigureAwait(false);
        }

        hasher.Dispose();
    }

    private async ValueTask<LoginOutcome> FindAsync(string presented, CancellationToken cancellationToken)
    {
        if (cache.Enabled && Remembered(presented, out var remembered))
        {
            // The active key's hash of this token is the stored value of a row that verified as the one match of its
            // lookup a moment ago (and no overwrite of this process has happened since): the answer the database would
            // give, without the round trip. A value that can never verify (empty, `$…`) never hits: no entry was added
            // for one, and its hash equals no valid token's.
            metrics.Login(LoginKind.ActiveKey);
            log.LoginSucceeded(remembered.Key, LoginKind.ActiveKey);
            return LoginOutcome.Accept(remembered.Key, LoginKind.ActiveKey);
        }

        string? rejection = null;
        var token = presented;
        var candidates = LookupCandidates.For(verifier, presented);
        if (candidates.Count == 0)
        {
            rejection = string.IsNullOrWhiteSpace(presented) ? RejectionReasons.Empty : RejectionReasons.PassTheHash;
            token = decoy;
            candidates = LookupCandidates.For(verifier, decoy);
        }

        var generation = cache.Generation;
        var rows = await lookup.FindByStoredValuesAsync(candidates, cancellationToken).ConfigureAwait(false);
        StoredRow match = default;
        var result = VerificationResult.Invalid;
        List<RowKey>? verified = null;
        foreach (var row in rows)
        {
            // The row's credential is its hash column when that is set (hash-column mode), else its token column: a row
            // found by its old plaintext after an overwrite wrote a new hash does not verify.
            var outcome = verifier.Verify(token, row.EffectiveValue);
            if (outcome == VerificationResult.Invalid)
            {
                continue;
            }

            (verified ??= []).Add(row.Key);
            match = row;
            result = outcome;
        }

        if (rejection is null && verified is null)
        {
            rejection = RejectionReasons.Unknown;
        }
        else if (rejection is null && verified!.Count > 1)
        {
            log.DuplicateAccounts(verified);
            rejection = RejectionReasons.Duplicate;
        }

        if (rejection is not null)
        {
            metrics.Rejected(rejection);
            return LoginOutcome.Reject(rejection);
        }

        var kind = StoredValueClassifier.Classify(match.EffectiveValue).Kind == StoredValueKind.LegacyPlaintext
            ? LoginKind.Plaintext
            : result == VerificationResult.Valid ? LoginKind.ActiveKey : LoginKind.OlderKey;
        metrics.Login(kind);
        log.LoginSucceeded(match.Key, kind);
        if (kind == LoginKind.ActiveKey && result == VerificationResult.Valid && cache.Enabled)
        {
            cache.Add(match.EffectiveValue!, match, generation);
        }

        if (result == VerificationResult.ValidRehashNeeded && rehash)
        {
            await RehashAsync(match, token, kind, cancellationToken).ConfigureAwait(false);
        }

        return LoginOutcome.Accept(match.Key, kind);
    }

    // Hashed onto the stack and probed by span, so a repeated login allocates nothing before the claims. Equal stored
    // values are what a verification compares, so a hit needs no second hash.
    private bool Remembered(string presented, out StoredRow row)
    {
        Span<char> storedValue = stackalloc char[hasher.StoredLength];
        hasher.TryHash(presented, storedValue, out var length);
        var hit = cache.TryGet(storedValue[..length], out row);
        metrics.CacheLookup(hit);
        return hit;
    }

    private async Task RehashAsync(StoredRow row, string token, LoginKind kind, CancellationToken cancellationToken)
    {
        try
        {
            // The plaintext token is hashed, never the stored value; the guard holds the exact values read, so a row a
            // migration batch hashed or an overwrite replaced meanwhile is left as it is.
            if (await lookup.CompareAndSwapAsync(row, hasher.Hash(token), cancellationToken).ConfigureAwait(false))
            {
                metrics.Rehash("written");
                log.Rehashed(row.Key, kind);
            }
            else
            {
                metrics.Rehash("changed_concurrently");
                log.RehashSkipped(row.Key);
            }
        }
        catch (Exception ex) when (ex is DbException or StoreConnectionException or TimeoutException)
        {
            metrics.Rehash("failed");
            log.RehashFailed(row.Key, ex);
        }
    }
}
