namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The two statements a platform's login path sends for every request, on one table: the indexed lookup of a presented
/// token's stored values and the compare-and-swap rewrite of one row (rehash on login). Unlike an <see cref="ITokenStore"/>,
/// which owns its connections and serves one command from one thread, a lookup is thread-safe: one instance serves every
/// request of a web server, and each call takes a connection from the engine's pool and returns it before it completes.
/// </summary>
/// <remarks>
/// The statement texts are the engine's own (the ones <see cref="ITokenStore.FindByStoredValuesAsync"/> and
/// <see cref="ITokenStore.CompareAndSwapAsync"/> send), so the migrator and a login path share one compare-and-swap.
/// Never puts a value read or written in an exception message or <c>ToString()</c>.
/// </remarks>
public interface ITokenLookup : IAsyncDisposable
{
    /// <summary>The table and columns this lookup works on.</summary>
    TableTarget Target { get; }

    /// <summary>
    /// The rows whose token column (in hash-column mode: token or hash column) equals one of <paramref name="candidates"/>,
    /// in key order: <c>WHERE token IN (...)</c> on the column's index. At most a few candidates.
    /// </summary>
    Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken);

    /// <summary>
    /// Rewrites row <paramref name="expected"/>.<see cref="StoredRow.Key"/> to <paramref name="newStoredValue"/> only if it
    /// still holds exactly the values read (<c>WHERE key = @k AND token = @old</c>, and in hash-column mode the hash too; there
    /// the hash column is written and the token column set to NULL in the same UPDATE). False, writing nothing, when the row
    /// changed since it was read (a migration batch or "Generate and overwrite" got there first) or no longer exists.
    /// </summary>
    Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken);
}
