using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real accounts table on one engine (<c>id</c> bigint key, <c>token</c> and <c>token_hash</c> text, both indexed), in
/// in-place or hash-column mode, for one test.
/// </summary>
public abstract class AccountsDatabase : IAsyncDisposable
{
    protected AccountsDatabase(string? schema, bool hashColumn)
    {
        Target = TableTarget.Create(schema, "accounts", "id", "token", hashColumn ? "token_hash" : null);
    }

    public TableTarget Target { get; }

    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public TokenStoreFactory Factory => new(TokenStoreProviders.Get(Provider), ConnectionString, Target);

    public void UseStore(TransparencyTokenOptions options) => options.UseStore(Provider, ConnectionString, Target);

    public abstract Task InsertAsync(long id, string? token, string? hash = null);

    public abstract Task<(string? Token, string? Hash)> ReadAsync(long id);

    public abstract ValueTask DisposeAsync();
}
