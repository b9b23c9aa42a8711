using System.Runtime.InteropServices;
using SQLitePCL;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>
/// The read-back under the write lock: every row of the range, in key order, must hold what the batch expects.
/// </content>
/// <remarks>
/// The usual answer ("everything matches") comes from one <c>sqlite3_step</c> of an aggregate, <c>entsoe_read_back(key,
/// token)</c>, whose callback compares each row's bytes in place: no per-row call back into SQLite, so none of the
/// connection-mutex round trips that each <c>sqlite3_column_*</c> call makes. Any other answer is settled by the loop
/// over an <c>ORDER BY key</c> statement, which also holds if the aggregate met the rows in another order.
/// </remarks>
internal sealed unsafe partial class SqliteFusedBatch
{
    private int readBackIndex;
    private bool readBackMatched;

    private bool ReadBackMatches(long lower, long upper) =>
        ReadBackInOneStepMatches(lower, upper) || SteppedReadBackMatches(lower, upper);

    private bool ReadBackInOneStepMatches(long lower, long upper)
    {
        raw.sqlite3_reset(readBackInOneStep);
        raw.sqlite3_bind_int64(readBackInOneStep, 1, lower);
        raw.sqlite3_bind_int64(readBackInOneStep, 2, upper);
        readBackIndex = 0;
        readBackMatched = true;
        try
        {
            return SqliteNative.sqlite3_step(readBackInOneStepHandle) == raw.SQLITE_ROW
                && readBackMatched
                && readBackIndex == expectedRows.Count;
        }
        finally
        {
            raw.sqlite3_reset(readBackInOneStep);
        }
    }

    // Called by SQLite for each row of the range, on the thread stepping the read-back; must never throw into native code.
    [UnmanagedCallersOnly]
    private static void ReadBackStep(nint context, int count, nint* arguments)
    {
        if (GCHandle.FromIntPtr(SqliteNative.sqlite3_user_data(context)).Target is SqliteFusedBatch batch)
        {
            batch.CompareReadBackRow(arguments);
        }
    }

    // The result is unused: the step callbacks leave theirs in the batch. SQLite requires a final with a step.
    [UnmanagedCallersOnly]
    private static void ReadBackFinal(nint context)
    {
    }

    private void CompareReadBackRow(nint* arguments)
    {
        try
        {
            if (!readBackMatched || readBackIndex >= expectedRows.Count)
            {
                readBackMatched = false;
                return;
            }

            var expected = expectedRows[readBackIndex++];
            if (SqliteNative.sqlite3_value_int64(arguments[0]) != expected.Key)
            {
                readBackMatched = false;
            }
            else if (SqliteNative.sqlite3_value_type(arguments[1]) == raw.SQLITE_NULL)
            {
                readBackMatched = expected.Length < 0;
            }
            else
            {
                var text = new ReadOnlySpan<byte>(SqliteNative.sqlite3_value_blob(arguments[1]), SqliteNative.sqlite3_value_bytes(arguments[1]));
                readBackMatched = expected.Length >= 0 && text.SequenceEqual(values.AsSpan(expected.Start, expected.Length));
            }
        }
        catch (Exception)
        {
            readBackMatched = false;
        }
    }

    // Steps every row of the range in key order and compares its bytes with what the batch expects, in place.
    private bool SteppedReadBackMatches(long lower, long upper)
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
}
