using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real lookup with a hook that runs between the login's lookup and its rehash compare-and-swap, so a test can make
/// a concurrent write (an overwrite, a migration batch) land exactly in that window.
/// </summary>
public sealed class InterceptingLookup(ITokenLookup inner, Func<StoredRow, Task> beforeSwap) : ITokenLookup
{
    public TableTarget Target => inner.Target;

    public int Swaps { get; private set; }

    public int SwapsWritten { get; private set; }

    public Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken) =>
        inner.FindByStoredValuesAsync(candidates, cancellationToken);

    public async Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken)
    {
        Swaps++;
        await beforeSwap(expected);
        var written = await inner.CompareAndSwapAsync(expected, newStoredValue, cancellationToken);
        SwapsWritten += written ? 1 : 0;
        return written;
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
