using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>Reads one account's stored value through the storage library.</summary>
public static class StoredValues
{
    public static async Task<string?> StoredValueAsync(this TokenStoreFactory stores, long accountId)
    {
        await using var store = await stores.OpenAsync(StoreOpenOptions.ReadOnly, CancellationToken.None);
        return (await store.ReadRowAsync(RowKey.FromInteger(accountId), CancellationToken.None))?.EffectiveValue;
    }
}
