using System.Diagnostics;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// What a store can do when driven concurrently, for comparison with the shipped engine (which reads, hashes and writes
/// one batch after the other): the key space is split into <c>ranges</c> workers, each with its own store, and each
/// worker hashes batch N+1 while batch N is being written. Same stores, same compare-and-swap batches and read-back; only
/// the driving loop differs. Integer keys 1..rows only (the harness's table).
/// </summary>
public static class StoreProbe
{
    public static async Task<TimeSpan> RunAsync(string provider, string connectionString, TableTarget target, long rows, int ranges, int batchSize, TokenHasher hasher)
    {
        var started = Stopwatch.GetTimestamp();
        var workers = new Task[ranges];
        var step = rows / ranges;
        for (var i = 0; i < ranges; i++)
        {
            var low = i * step;
            var high = i == ranges - 1 ? long.MaxValue : (i + 1) * step;
            workers[i] = Task.Run(() => RunRangeAsync(provider, connectionString, target, low, high, batchSize, hasher));
        }

        await Task.WhenAll(workers);
        return Stopwatch.GetElapsedTime(started);
    }

    private static async Task RunRangeAsync(string provider, string connectionString, TableTarget target, long low, long high, int batchSize, TokenHasher hasher)
    {
        await using var store = await TokenStoreProviders.Get(provider).OpenAsync(connectionString, target, StoreOpenOptions.Writes, CancellationToken.None);
        RowKey? after = RowKey.FromInteger(low);
        Task<BatchWriteResult>? writing = null;
        while (after is not null)
        {
            var rows = new List<StoredRow>(batchSize);
            await store.ReadBatchAsync(KeyKind.Integer, after, batchSize, rows, CancellationToken.None);
            var updates = new List<RowUpdate>(rows.Count);
            after = rows.Count == batchSize ? rows[^1].Key : null;
            foreach (var row in rows)
            {
                if (row.Key.Integer > high)
                {
                    after = null;
                    break;
                }

                if (row.Token is { } token && StoredValueClassifier.Classify(token).Kind == StoredValueKind.LegacyPlaintext)
                {
                    updates.Add(new RowUpdate(row.Key, token, hasher.Hash(token)));
                }
            }

            if (writing is not null)
            {
                await writing;
            }

            writing = updates.Count > 0 ? store.ApplyBatchAsync(updates, CancellationToken.None) : null;
        }

        if (writing is not null)
        {
            await writing;
        }
    }
}
