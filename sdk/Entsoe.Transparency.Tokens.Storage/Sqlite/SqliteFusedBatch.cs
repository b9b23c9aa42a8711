using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The fast SQLite batch for integer keys in in-place mode: under <c>BEGIN IMMEDIATE</c> (so nothing can change the rows
/// between read and write), one <c>UPDATE ... SET token = entsoe_hash(key, token) WHERE key &gt; @after AND key &lt;= @upper
/// AND token IS NOT NULL AND substr(token, 1, 1) &lt;&gt; '$'</c> classifies and hashes each row in process through an
/// application-defined function, then a read-back compares every row of the range with what the batch expects
/// before commit. This replaces a read, a per-row statement and a join by one sequential pass of the table.
/// </summary>
/// <remarks>
/// The per-row work avoids managed strings: the function works on SQLite's UTF-8 bytes, the values the batch expects are
/// kept as UTF-8 in one reused buffer, and the read-back steps a raw statement comparing each row's bytes in place. A
/// batch therefore allocates nothing that grows with its size, and nothing reaches the large object heap. The function
/// and the read-back call the bundled <c>e_sqlite3</c> directly (<see cref="SqliteNative"/>).
/// <para>With a read-ahead (<see cref="SqliteHashPrefetch"/>) the range's upper key and the rows the UPDATE leaves alone
/// come from what the read-ahead saw; the read-back still compares every row of the range under the write lock, and a
/// range someone wrote to since is rolled back and run again from reads under the lock (<see cref="Redone"/>).</para>
/// </remarks>
internal sealed unsafe partial class SqliteFusedBatch : IFusedBatch
{
    private const string FunctionName = "entsoe_hash";
    private const string ReadBackName = "entsoe_read_back";
    private const int MaxInlineChars = 256;
    private readonly SqliteConnection connection;
    private readonly IFusedRowHandler handler;
    private readonly SqliteCommand upperBound;
    private readonly SqliteCommand others;
    private readonly SqliteCommand update;
    private readonly sqlite3_stmt readBack;
    private readonly nint readBackHandle;
    private readonly sqlite3_stmt readBackInOneStep;
    private readonly nint readBackInOneStepHandle;
    private readonly nint database;
    private readonly List<ExpectedRow> hashedRows = new(1024);
    private readonly List<ExpectedRow> untouchedRows = new(16);
    private readonly List<ExpectedRow> expectedRows = new(1024);
    private GCHandle self;
    private readonly SqliteHashPrefetch? prefetch;
    private byte[] values = new byte[64 * 1024];
    private int valuesUsed;
    private Exception? callbackFailure;

    public SqliteFusedBatch(SqliteConnection connection, string table, string key, string token, IFusedRowHandler handler, SqliteHashPrefetch? prefetch)
    {
        this.connection = connection;
        this.handler = handler;
        this.prefetch = prefetch;
        upperBound = Command($"SELECT {key} FROM {table} WHERE {key} > @after ORDER BY {key} LIMIT 1 OFFSET @offset", "@after", "@offset");
        var range = $"{key} > @after AND {key} <= @upper";
        others = Command($"SELECT {key}, {token} FROM {table} WHERE {range} AND ({token} IS NULL OR {token} = '' OR substr({token}, 1, 1) = '$') ORDER BY {key}", "@after", "@upper");
        update = Command($"UPDATE {table} SET {token} = {FunctionName}({key}, {token}) WHERE {range} AND {token} IS NOT NULL AND {token} <> '' AND substr({token}, 1, 1) <> '$'", "@after", "@upper");
        readBack = Prepare($"SELECT {key}, {token} FROM {table} WHERE {key} > ?1 AND {key} <= ?2 ORDER BY {key}");
        readBackHandle = readBack.DangerousGetHandle();
        database = connection.Handle!.DangerousGetHandle();
        self = GCHandle.Alloc(this);
        var application = GCHandle.ToIntPtr(self);
        var result = Register(FunctionNameUtf8, &HashCallback, null, null, application);
        if (result == raw.SQLITE_OK)
        {
            result = Register(ReadBackNameUtf8, null, &ReadBackStep, &ReadBackFinal, application);
        }

        if (result != raw.SQLITE_OK)
        {
            Unregister();
            readBack.Dispose();
            throw new InvalidOperationException($"Could not register the batch's SQL functions (SQLite error {result}).");
        }

        // Prepared once the aggregate exists: SQLite resolves function names when it prepares.
        try
        {
            readBackInOneStep = Prepare($"SELECT {ReadBackName}({key}, {token}) FROM {table} WHERE {key} > ?1 AND {key} <= ?2");
        }
        catch (InvalidOperationException)
        {
            Unregister();
            readBack.Dispose();
            throw;
        }

        readBackInOneStepHandle = readBackInOneStep.DangerousGetHandle();
    }

    // FunctionName and ReadBackName, NUL-terminated, for sqlite3_create_function_v2.
    private static ReadOnlySpan<byte> FunctionNameUtf8 => "entsoe_hash\0"u8;

    private static ReadOnlySpan<byte> ReadBackNameUtf8 => "entsoe_read_back\0"u8;

    /// <summary>Batches whose read-ahead no longer matched the table (rows written in the range meanwhile) and ran again from reads under the write lock.</summary>
    public int Redone { get; private set; }

    /// <inheritdoc/>
    public long? Run(long? after, int limit)
    {
        var lower = after ?? long.MinValue;
        var upper = long.MaxValue;
        prefetch?.BeginRange(lower);
        try
        {
            // The read-ahead already saw this range: its bounds and the rows the UPDATE leaves alone come from there, and
            // the read-back proves they still hold. When it does not (someone wrote in the range meanwhile), the batch
            // rolls back and runs again from reads under the write lock.
            if (prefetch is not null && prefetch.TryDescribeRange(lower, out upper, out var untouched))
            {
                var (last, matched) = RunRange(lower, upper, untouched);
                if (matched)
                {
                    return last;
                }

                Redone++;
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            upperBound.Transaction = transaction;
            upperBound.Parameters["@after"].Value = lower;
            upperBound.Parameters["@offset"].Value = limit - 1;
            var upperValue = upperBound.ExecuteScalar();

            // The last batch has no upper key; long.MaxValue keeps the range a plain index range either way.
            upper = upperValue is null or DBNull ? long.MaxValue : Convert.ToInt64(upperValue, CultureInfo.InvariantCulture);
            return RunRange(transaction, lower, upper, untouched: null).Last;
        }
        finally
        {
            prefetch?.EndRange(upper);
        }
    }

    private (long? Last, bool Matched) RunRange(long lower, long upper, IReadOnlyList<SqliteHashPrefetch.UntouchedRow> untouched)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        return RunRange(transaction, lower, upper, untouched);
    }

    // With `untouched` (from the read-ahead) a read-back mismatch rolls back and returns Matched = false; without it, the
    // rows the UPDATE leaves alone are read under the lock and a mismatch is an error.
    private (long? Last, bool Matched) RunRange(SqliteTransaction transaction, long lower, long upper, IReadOnlyList<SqliteHashPrefetch.UntouchedRow>? untouched)
    {
        hashedRows.Clear();
        untouchedRows.Clear();
        expectedRows.Clear();
        valuesUsed = 0;
        callbackFailure = null;
        others.Transaction = transaction;
        update.Transaction = transaction;
        SetRange(lower, upper, others, update);
        if (untouched is null)
        {
            ReadUntouched();
        }
        else
        {
            foreach (var row in untouched)
            {
                var (start, length) = row.Length < 0 ? (0, -1) : AppendValue(prefetch!.ValueOf(row));
                untouchedRows.Add(new ExpectedRow(row.Key, row.Class, start, length));
            }
        }

        int affected;
        try
        {
            affected = update.ExecuteNonQuery();
        }
        catch (SqliteException) when (callbackFailure is not null)
        {
            transaction.Rollback();
            throw new ReadBackMismatchException("Hashing inside the batch failed; the batch was rolled back.", callbackFailure);
        }

        if (hashedRows.Count == 0 && untouchedRows.Count == 0)
        {
            transaction.Rollback();
            return (null, untouched is null);
        }

        // Merge both lists in key order: that is the order of the range and of the read-back.
        var i = 0;
        var j = 0;
        while (i < hashedRows.Count || j < untouchedRows.Count)
        {
            var row = j >= untouchedRows.Count || (i < hashedRows.Count && hashedRows[i].Key < untouchedRows[j].Key)
                ? hashedRows[i++]
                : untouchedRows[j++];
            expectedRows.Add(row);
        }

        if (affected != hashedRows.Count || !ReadBackMatches(lower, upper))
        {
            transaction.Rollback();
            if (untouched is not null)
            {
                return (null, false);
            }

            throw new ReadBackMismatchException(
                "Read-back inside the batch did not find the values the batch wrote; the batch was rolled back. Check for triggers rewriting the token column, then rerun.");
        }

        transaction.Commit();

        // Reported only once the batch is durable in the transaction log.
        foreach (var row in expectedRows)
        {
            handler.Committed(row.Key, row.Class);
        }

        return (expectedRows[^1].Key, true);
    }

    // Rows the UPDATE leaves alone (NULL, '' or already hashed), read first: afterwards every hashed row starts with '$' too.
    private void ReadUntouched()
    {
        using var reader = others.ExecuteReader();
        while (reader.Read())
        {
            var rowKey = reader.GetInt64(0);
            var value = reader.IsDBNull(1) ? null : reader.GetString(1);
            var rowClass = handler.ClassifyUntouched(value);
            var (start, length) = value is null ? (0, -1) : AppendValue(value);
            untouchedRows.Add(new ExpectedRow(rowKey, rowClass, start, length));
        }
    }

    public void Dispose()
    {
        Unregister();

        upperBound.Dispose();
        others.Dispose();
        update.Dispose();
        readBack.Dispose();
        readBackInOneStep.Dispose();
        prefetch?.Dispose();
        CryptographicClear();
    }

    private static void SetRange(long lower, long upper, params SqliteCommand[] commands)
    {
        foreach (var command in commands)
        {
            command.Parameters["@after"].Value = lower;
            command.Parameters["@upper"].Value = upper;
        }
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    /// <summary>One row of the batch: the handler's class of it and the UTF-8 value (in the shared buffer) the read-back must find.</summary>
    /// <param name="Key">The row's key.</param>
    /// <param name="Class">The handler's class of the row, before the write.</param>
    /// <param name="Start">Offset of the expected value in the buffer.</param>
    /// <param name="Length">Its length in bytes; -1 for NULL.</param>
    private readonly record struct ExpectedRow(long Key, FusedRowClass Class, int Start, int Length);
}
