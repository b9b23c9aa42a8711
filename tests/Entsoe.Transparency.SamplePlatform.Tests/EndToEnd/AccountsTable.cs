using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.SamplePlatform.Tests.EndToEnd;

/// <summary>Reads a whole accounts table through the storage library (keyset batches), as the migrator does.</summary>
public static class AccountsTable
{
    public static async Task<Dictionary<long, string?>> ReadAllAsync(TokenStoreFactory stores)
    {
        await using var store = await stores.OpenAsync(StoreOpenOptions.ReadOnly, CancellationToken.None);
        var rows = new Dictionary<long, string?>();
        var batch = new List<StoredRow>(5_000);
        RowKey? after = null;
        while (true)
        {
            batch.Clear();
            if (await store.ReadBatchAsync(KeyKind.Integer, after, 5_000, batch, CancellationToken.None) == 0)
            {
                return rows;
            }

            foreach (var row in batch)
            {
                rows[row.Key.Integer] = row.EffectiveValue;
            }

            after = batch[^1].Key;
        }
    }

    public static async Task<int> CountHashedAsync(TokenStoreFactory stores) =>
        (await ReadAllAsync(stores)).Values.Count(v => StoredValueClassifier.Classify(v).Kind == StoredValueKind.Hashed);
}
