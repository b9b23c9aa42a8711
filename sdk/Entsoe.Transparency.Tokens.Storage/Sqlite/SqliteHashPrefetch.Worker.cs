using System.Text;
using SQLitePCL;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>The worker thread: reads the next batches on its own connection and hashes their plaintext rows together.</content>
internal sealed partial class SqliteHashPrefetch
{
    private void Work(long after)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var buffer = free.Take(stop.Token);
                if (!Fill(buffer, after))
                {
                    buffer.Clear();
                    break;
                }

                after = buffer.LastKey;
                ready.Add(buffer, stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the writer stopped.
        }
        finally
        {
            ready.CompleteAdding();
        }
    }

    // Reads the next `limit` rows after `after` and hashes the plaintext ones together; false at the end of the table.
    private bool Fill(PrefetchedBatch batch, long after)
    {
        raw.sqlite3_reset(read);
        raw.sqlite3_bind_int64(read, 1, after);
        raw.sqlite3_bind_int64(read, 2, limit);
        Span<char> chars = stackalloc char[MaxInlineChars];
        var any = false;
        var rows = 0;
        batch.After = after;
        hashes.Clear();
        try
        {
            int step;
            while ((step = raw.sqlite3_step(read)) == raw.SQLITE_ROW)
            {
                any = true;
                rows++;
                var key = raw.sqlite3_column_int64(read, 0);
                batch.LastKey = key;
                var type = raw.sqlite3_column_type(read, 1);
                if (type == raw.SQLITE_NULL)
                {
                    AddUntouched(batch, key, isNull: true, default);
                    continue;
                }

                var utf8 = raw.sqlite3_column_blob(read, 1);
                if (type == raw.SQLITE_TEXT && (utf8.Length == 0 || utf8[0] == (byte)'$'))
                {
                    // The rows the batch's UPDATE leaves alone (its WHERE clause): empty and already hashed values.
                    AddUntouched(batch, key, isNull: false, utf8);
                    continue;
                }

                if (type != raw.SQLITE_TEXT || Encoding.UTF8.GetMaxCharCount(utf8.Length) > MaxInlineChars)
                {
                    continue;
                }

                var length = Encoding.UTF8.GetChars(utf8, chars);
                var rowClass = handler.Classify(chars[..length]);
                if (rowClass.ToHash)
                {
                    hashes.Add(chars[..length]);
                    batch.AddPlaintext(key, utf8, rowClass);
                }

                chars[..length].Clear();
            }

            if (hashes.Count > 0)
            {
                hashes.Compute();
                for (var i = 0; i < hashes.Count; i++)
                {
                    var stored = hashes.StoredValue(i);
                    var hasFingerprint = handler.TryGetFingerprint(stored, out var fingerprint);
                    batch.SetStored(i, stored, hasFingerprint, fingerprint);
                }
            }

            batch.ReachedEnd = rows < limit;
            return any && step == raw.SQLITE_DONE;
        }
        finally
        {
            hashes.Clear();
            raw.sqlite3_reset(read);
        }
    }

    // Classified as the writer's own query of these rows would (they are few: NULL, '' and already hashed values).
    private void AddUntouched(PrefetchedBatch batch, long key, bool isNull, ReadOnlySpan<byte> utf8)
    {
        var rowClass = handler.ClassifyUntouched(isNull ? null : Encoding.UTF8.GetString(utf8));
        batch.AddUntouched(key, isNull, utf8, rowClass);
    }
}
