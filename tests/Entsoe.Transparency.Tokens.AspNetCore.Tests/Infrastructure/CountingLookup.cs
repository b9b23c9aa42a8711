using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real lookup that counts the database lookups it sends, with a hook that runs after a lookup has read its rows and
/// before the login sees them, so a test can land a write (an overwrite) exactly in that window.
/// </summary>
public sealed class CountingLookup(ITokenLookup inner) : ITokenLookup
{
    private int finds;

    public TableTarget Target => inner.Target;

    public int Finds => Volatile.Read(ref finds);

    /// <summary>Runs once, after the next lookup read its rows.</summary>
    public Func<Task>? AfterNextFind { get; set; }

    public async Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref finds);
        var rows = await inner.FindByStoredValuesAsync(candidates, cancellationToken);
        if (AfterNextFind is { } hook)
        {
            AfterNextFind = null;
            await hook();
        }

        return rows;
    }

    public Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken) =>
        inner.CompareAndSwapAsync(expected, newStoredValue, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
