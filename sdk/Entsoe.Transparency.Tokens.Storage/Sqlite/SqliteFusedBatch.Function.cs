using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using SQLitePCL;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>The <c>entsoe_hash</c> function SQLite calls for each row of the UPDATE, and its registration.</content>
internal sealed unsafe partial class SqliteFusedBatch
{
    // Called by SQLite for each candidate row, on the thread running the UPDATE; must never throw into native code.
    [UnmanagedCallersOnly]
    private static void HashCallback(nint context, int count, nint* arguments)
    {
        if (GCHandle.FromIntPtr(SqliteNative.sqlite3_user_data(context)).Target is SqliteFusedBatch batch)
        {
            batch.Hash(context, arguments);
        }
        else
        {
            SetError(context);
        }
    }

    private static void SetError(nint context)
    {
        var message = "entsoe_hash failed"u8;
        fixed (byte* text = message)
        {
            SqliteNative.sqlite3_result_error(context, text, message.Length);
        }
    }

    // SQLite copies the result (SQLITE_TRANSIENT); a NULL pointer would make it NULL, so an empty value points at a byte.
    private static void SetResult(nint context, ReadOnlySpan<byte> utf8)
    {
        byte empty = 0;
        fixed (byte* text = utf8)
        {
            SqliteNative.sqlite3_result_text(context, utf8.IsEmpty ? &empty : text, utf8.Length, SqliteNative.Transient);
        }
    }

    private int Register(
        ReadOnlySpan<byte> name,
        delegate* unmanaged<nint, int, nint*, void> function,
        delegate* unmanaged<nint, int, nint*, void> step,
        delegate* unmanaged<nint, void> final,
        nint application)
    {
        fixed (byte* text = name)
        {
            return SqliteNative.sqlite3_create_function_v2(database, text, 2, raw.SQLITE_UTF8, application, function, step, final, 0);
        }
    }

    // The raw database pointer is only valid while the connection is open; a closed one has dropped the functions.
    private void Unregister()
    {
        if (self.IsAllocated && connection.State == System.Data.ConnectionState.Open)
        {
            Register(FunctionNameUtf8, null, null, null, 0);
            Register(ReadBackNameUtf8, null, null, null, 0);
        }

        if (self.IsAllocated)
        {
            self.Free();
        }
    }

    private sqlite3_stmt Prepare(string sql)
    {
        var prepared = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        if (prepared != raw.SQLITE_OK)
        {
            statement.Dispose();
            throw new InvalidOperationException($"Could not prepare the read-back (SQLite error {prepared}).");
        }

        return statement;
    }

    private ReadOnlySpan<byte> ColumnBytes(int column)
    {
        var text = SqliteNative.sqlite3_column_blob(readBackHandle, column);
        return new ReadOnlySpan<byte>(text, SqliteNative.sqlite3_column_bytes(readBackHandle, column));
    }

    private void Hash(nint context, nint* args)
    {
        char[]? rented = null;
        var length = 0;
        Span<char> chars = stackalloc char[MaxInlineChars];
        try
        {
            var key = SqliteNative.sqlite3_value_int64(args[0]);
            var text = SqliteNative.sqlite3_value_blob(args[1]);
            var utf8 = new ReadOnlySpan<byte>(text, SqliteNative.sqlite3_value_bytes(args[1]));
            if (prefetch is not null && prefetch.TryFind(key, utf8, out var prepared, out var preparedValue))
            {
                // Hashed ahead on the worker from exactly these bytes.
                var (start, bytes) = AppendValue(preparedValue);
                SetResult(context, values.AsSpan(start, bytes));
                hashedRows.Add(new ExpectedRow(key, prepared.Class, start, bytes));
                return;
            }

            var maxChars = Encoding.UTF8.GetMaxCharCount(utf8.Length);
            if (maxChars > MaxInlineChars)
            {
                rented = ArrayPool<char>.Shared.Rent(maxChars);
                chars = rented;
            }

            length = Encoding.UTF8.GetChars(utf8, chars);
            Span<char> hashed = stackalloc char[128];
            var rowClass = handler.ClassifyAndHash(chars[..length], hashed, out var written);
            if (rowClass.ToHash)
            {
                var start = Reserve(written);
                var bytes = Encoding.UTF8.GetBytes(hashed[..written], values.AsSpan(start));
                SetResult(context, values.AsSpan(start, bytes));
                hashedRows.Add(new ExpectedRow(key, rowClass, start, bytes));
            }
            else
            {
                SetResult(context, utf8);
                var (start, stored) = AppendValue(utf8);
                hashedRows.Add(new ExpectedRow(key, rowClass, start, stored));
            }
        }
        catch (Exception ex)
        {
            callbackFailure = ex;
            SetError(context);
        }
        finally
        {
            // The plaintext token passed through this buffer.
            chars[..length].Clear();
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
