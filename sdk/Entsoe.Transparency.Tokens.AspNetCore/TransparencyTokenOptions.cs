using Entsoe.Transparency.Tokens.Storage;
using Microsoft.AspNetCore.Authentication;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// Settings of the <c>TransparencyToken</c> authentication scheme: where the accounts table is, the key ring that
/// hashes its tokens, and where a token may arrive. Read once, when the scheme serves its first request.
/// </summary>
/// <remarks>
/// Give the table with <see cref="UseStore(string, string, TableTarget)"/> (or <see cref="Store"/>), or a lookup of your own
/// with <see cref="Lookup"/>. The options never hold a connection string in a readable property.
/// </remarks>
public sealed class TransparencyTokenOptions : AuthenticationSchemeOptions
{
    /// <summary>
    /// The key ring the table's hashes were made with (the migrator's <c>--keys-file</c> / <c>ENTSOE_TOKEN_KEYS</c>). New
    /// hashes use its active key; values hashed with its other keys still verify and are rehashed. The caller keeps
    /// ownership: the scheme copies the keys when it starts and never disposes the ring.
    /// </summary>
    public TokenKeyRing? KeyRing { get; set; }

    /// <summary>
    /// True for a deployment with no key management, whose table holds unkeyed <c>$sha256$</c> values; only read when
    /// <see cref="KeyRing"/> is null. False by default, so a missing key ring is a configuration error, not a silent downgrade.
    /// </summary>
    public bool AllowUnkeyedHashes { get; set; }

    /// <summary>The accounts table: an engine, its connection string and the table mapping the migrator uses.</summary>
    public TokenStoreFactory? Store { get; set; }

    /// <summary>
    /// A lookup to use instead of opening one from <see cref="Store"/> (for an engine of your own, or to wrap one). The
    /// scheme does not dispose it.
    /// </summary>
    public ITokenLookup? Lookup { get; set; }

    /// <summary>
    /// Rewrites a row that verified but is plaintext or hashed with an older key to the active key's value, under the
    /// migrator's compare-and-swap guard (default true). A failed or lost rewrite never fails the login.
    /// </summary>
    public bool RehashOnSuccess { get; set; } = true;

    /// <summary>How long the lookup or the rehash may wait for a row a migration batch holds locked (default 5 s).</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long an active-key login's row is remembered, so that the same token's next requests skip the database (default
    /// zero: off, every request reads the row). At most one minute. Keyed by the stored value, never the token; a rejection
    /// always reads the database. An overwrite made in this process must call <see cref="TransparencyTokenCache.Invalidate"/>
    /// (then the old token is rejected at once); one made by another process is seen after at most this long. Lifetimes
    /// run on <see cref="AuthenticationSchemeOptions.TimeProvider"/>.
    /// </summary>
    public TimeSpan CacheDuration { get; set; }

    /// <summary>How many rows the cache holds at most (default 10,000); when it is full of live entries a login is not cached.</summary>
    public int CacheSize { get; set; } = 10_000;

    /// <summary>Accept the token in the <c>SECURITY_TOKEN</c> header (default true).</summary>
    public bool AcceptHeader { get; set; } = true;

    /// <summary>
    /// Accept the token in the <c>securityToken</c> query parameter (default true: clients such as entsoe-py send it there).
    /// A URL is logged by proxies and servers; see the documentation for keeping it out of the logs.
    /// </summary>
    public bool AcceptQueryParameter { get; set; } = true;

    /// <summary>Sets <see cref="Store"/> to the table of <paramref name="provider"/> (<c>sqlite</c>, <c>postgres</c>, <c>sqlserver</c>).</summary>
    /// <exception cref="StoreConfigurationException">The provider name is unknown.</exception>
    public void UseStore(string provider, string connectionString, TableTarget table) =>
        Store = new TokenStoreFactory(TokenStoreProviders.Get(provider), connectionString, table);

    /// <inheritdoc/>
    public override void Validate()
    {
        base.Validate();
        if (KeyRing is null && !AllowUnkeyedHashes)
        {
            throw new InvalidOperationException(
                "TransparencyTokenOptions.KeyRing is not set: give the key ring the table was migrated with (TokenKeyRing.Load or TokenKeyRing.FromEnvironment), "
                + "or set AllowUnkeyedHashes for a deployment with no key management.");
        }

        if (Store is null && Lookup is null)
        {
            throw new InvalidOperationException("TransparencyTokenOptions has no accounts table: call UseStore(provider, connectionString, table), or set Store or Lookup.");
        }

        if (!AcceptHeader && !AcceptQueryParameter)
        {
            throw new InvalidOperationException("TransparencyTokenOptions accepts the token nowhere: leave AcceptHeader or AcceptQueryParameter on.");
        }

        if (CacheDuration < TimeSpan.Zero || CacheDuration > TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException("TransparencyTokenOptions.CacheDuration must be between zero (off) and one minute: an overwrite made by another process is seen only after it.");
        }

        if (CacheSize <= 0)
        {
            throw new InvalidOperationException("TransparencyTokenOptions.CacheSize must be positive.");
        }

        if (LockTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("TransparencyTokenOptions.LockTimeout must be positive.");
        }
    }
}
