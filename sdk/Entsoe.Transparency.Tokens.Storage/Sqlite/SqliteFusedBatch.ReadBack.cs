using System.Text;
using SQLitePCL;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>The read-back under the write lock, and the one buffer of the UTF-8 values it expects.</content>
internal sealed unsafe partial class SqliteFusedBatch
{
    // Steps every row of the range in key order and compares its bytes with what the batch expects, in place.
    private bool ReadBackMatches(long lower, long upper)
    {
        raw.sqlite3_reset(readBack);
        raw.sqlite3_bind_int64(readBack, 1, lower);
        raw.sqlite3_bind_int64(readBack, 2, upper);
        try
        {
            var index = 0;
            int step;
            while ((step = SqliteNative.sqlite3_step(readBackHandle)) == raw.SQLITE_ROW)
            {
                if (index >= expectedRows.Count)
                {
                    return false;
                }

                var expected = expectedRows[index++];
                if (SqliteNative.sqlite3_column_int64(readBackHandle, 0) != expected.Key)
                {
                    return false;
                }

                if (SqliteNative.sqlite3_column_type(readBackHandle, 1) == raw.SQLITE_NULL)
                {
                    if (expected.Length >= 0)
                    {
                        return false;
                    }
                }
                else if (expected.Length < 0 || !ColumnBytes(1).SequenceEqual(values.AsSpan(expected.Start, expected.Length)))
                {
                    return false;
                }
            }

            return step == raw.SQLITE_DONE && index == expectedRows.Count;
        }
        finally
        {
            raw.sqlite3_reset(readBack);
        }
    }

    private (int Start, int Length) AppendValue(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        var start = Reserve(length);
        Encoding.UTF8.GetBytes(value, values.AsSpan(start, length));
        return (start, length);
    }

    private (int Start, int Length) AppendValue(ReadOnlySpan<byte> utf8)
    {
        var start = Reserve(utf8.Length);
        utf8.CopyTo(values.AsSpan(start));
        return (start, utf8.Length);
    }

    private int Reserve(int length)
    {
        if (valuesUsed + length > values.Length)
        {
            var larger = new byte[Math.Max(values.Length * 2, valuesUsed + length)];
            values.AsSpan(0, valuesUsed).CopyTo(larger);
            CryptographicClear();
            values = larger;
        }

        var start = valuesUsed;
        valuesUsed += length;
        return start;
    }

    // The buffer may hold plaintext of rows left as they were (malformed values); clear it before it is dropped.
    private void CryptographicClear() => System.Security.Cryptography.CryptographicOperations.ZeroMemory(values);
}
