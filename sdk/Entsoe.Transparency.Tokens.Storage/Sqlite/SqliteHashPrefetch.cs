using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Reads and hashes the next batches ahead of the writer, on a worker thread with its own read-only connection, so
/// hashing runs on the second core while SQLite writes the current batch.
/// </summary>
/// <remarks>
/// <para>This is a cache, never a source of truth: the fused batch's function still receives every row's current value
/// under the write lock, uses a prepared hash only when the row holds exactly the bytes that were hashed, and hashes
/// in place otherwise. A stale, missing or failed prefetch costs speed, never correctness; nothing read here is written.</para>
/// <para>Memory is bounded: three batch buffers circulate (one being filled, one ready, one in use by the writer).
/// Buffers hold plaintext tokens, so they are zeroed before reuse and on dispose.</para>
/// </remarks>
internal sealed partial class SqliteHashPrefetch : IDisposable
{
    private const int Buffers = 3;
    private const int MaxInlineChars = 256;
    private readonly SqliteConnection connection;
    private readonly sqlite3_stmt read;
    private readonly IFusedRowHandler handler;
    private readonly int limit;
    private readonly BlockingCollection<PrefetchedBatch> free = new(Buffers);
    private readonly BlockingCollection<PrefetchedBatch> ready = new(1);
    private readonly List<PrefetchedBatch> all = new(Buffers);
    private readonly CancellationTokenSource stop = new();
    private readonly TokenHashBatch hashes;
    private readonly Task worker;
    private PrefetchedBatch? current;
    private int cursor;

    private SqliteHashPrefetch(SqliteConnection connection, sqlite3_stmt read, IFusedRowHandler handler, int limit, long? after)
    {
        this.connection = connection;
        this.read = read;
        this.handler = handler;
        this.limit = limit;
        hashes = handler.CreateHashBatch(limit);
        for (var i = 0; i < Buffers; i++)
        {
            var buffer = new PrefetchedBatch(limit);
            all.Add(buffer);
            free.Add(buffer);
        }

        worker = Task.Factory.StartNew(() => Work(after ?? long.MinValue), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Opens a read-only connection to the same file and starts reading after <paramref name="after"/>.</summary>
    /// <returns>Null when a second connection cannot see the writer's file (e.g. an in-memory database).</returns>
    public static SqliteHashPrefetch? TryStart(string connectionString, string table, string key, string token, IFusedRowHandler handler, int limit, long? after)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource.Length == 0 || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return null;
        }

        builder.Mode = SqliteOpenMode.ReadOnly;
        builder.Pooling = false;
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            if (raw.sqlite3_prepare_v2(connection.Handle, $"SELECT {key}, {token} FROM {table} WHERE {key} > ?1 ORDER BY {key} LIMIT ?2", out var statement) != raw.SQLITE_OK)
            {
                statement.Dispose();
                connection.Dispose();
                return null;
            }

            return new SqliteHashPrefetch(connection, statement, handler, limit, after);
        }
        catch (SqliteException)
        {
            connection.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Positions the cache on the writer's next range: drops prepared batches that end at or before
    /// <paramref name="lower"/>. Waits for the worker when it is still reading the batch the writer needs.
    /// </summary>
    public void BeginRange(long lower)
    {
        while (true)
        {
            if (current is not null && current.LastKey > lower)
            {
                cursor = 0;
                return;
            }

            Release();
            try
            {
                if (!ready.TryTake(out var next, Timeout.Infinite, stop.Token))
                {
                    return;
                }

                current = next;
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (InvalidOperationException)
            {
                // The worker finished (end of table) or failed: the writer hashes in place from here on.
                return;
            }
        }
    }

    /// <summary>
    /// Finds the prepared result for row <paramref name="key"/> whose current value is <paramref name="utf8"/>; false when
    /// there is none or the row no longer holds the bytes that were hashed.
    /// </summary>
    /// <remarks><paramref name="storedValue"/> points into the batch buffer: copy it before <see cref="EndRange"/>, which zeroes it.</remarks>
    public bool TryFind(long key, ReadOnlySpan<byte> utf8, out PrefetchedRow row, out ReadOnlySpan<byte> storedValue)
    {
        row = default;
        storedValue = default;
        var batch = current;
        if (batch is null)
        {
            return false;
        }

        var index = cursor < batch.Count && batch.Rows[cursor].Key == key ? cursor : batch.IndexOf(key);
        if (index < 0)
        {
            return false;
        }

        cursor = index + 1;
        row = batch.Rows[index];
        if (row.NewLength == 0 || !utf8.SequenceEqual(batch.Bytes.AsSpan(row.OldStart, row.OldLength)))
        {
            return false;
        }

        storedValue = batch.Bytes.AsSpan(row.NewStart, row.NewLength);
        return true;
    }

    /// <summary>
    /// When the batch <see cref="BeginRange"/> positioned on was read from exactly <paramref name="lower"/>: the range's
    /// upper key (<see cref="long.MaxValue"/> when the read reached the end of the table) and the rows in it that the
    /// writer's UPDATE leaves alone, as the read-ahead saw them.
    /// </summary>
    /// <remarks>A row changed since shows up in the writer's read-back, which then redoes the batch from its own reads.</remarks>
    public bool TryDescribeRange(long lower, out long upper, out IReadOnlyList<UntouchedRow> untouched)
    {
        var batch = current;
        if (batch is null || batch.After != lower)
        {
            (upper, untouched) = (0, []);
            return false;
        }

        upper = batch.ReachedEnd ? long.MaxValue : batch.LastKey;
        untouched = batch.Untouched;
        return true;
    }

    /// <summary>The UTF-8 value of an untouched row of the current batch; valid until <see cref="EndRange"/>.</summary>
    public ReadOnlySpan<byte> ValueOf(in UntouchedRow row) => current is { } batch && row.Length > 0
        ? batch.Bytes.AsSpan(row.Start, row.Length)
        : [];

    /// <summary>Called after the writer's batch up to <paramref name="upper"/> committed or rolled back.</summary>
    public void EndRange(long upper)
    {
        if (current is not null && current.LastKey <= upper)
        {
            Release();
        }
    }

    public void Dispose()
    {
        stop.Cancel();
        try
        {
            worker.Wait();
        }
        catch (AggregateException)
        {
            // The worker's failure only meant a slower run; the batches themselves were checked and committed.
        }

        read.Dispose();
        connection.Dispose();
        hashes.Dispose();
        foreach (var buffer in all)
        {
            buffer.Clear();
        }

        free.Dispose();
        ready.Dispose();
        stop.Dispose();
    }

    private void Release()
    {
        if (current is not null)
        {
            current.Clear();
            free.Add(current);
            current = null;
        }
    }
}
