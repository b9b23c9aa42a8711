using System.Buffers;
using System.Globalization;
using System.Text;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Migration;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Entsoe.Transparency.Migrator.Storage.Sqlite;

/// <summary>
/// The fast SQLite batch for integer keys in in-place mode: under <c>BEGIN IMMEDIATE</c> (so nothing can change the rows
/// between read and write), one <c>UPDATE ... SET token = entsoe_hash(key, token) WHERE key &gt; @after AND key &lt;= @upper
/// AND token IS NOT NULL AND substr(token, 1, 1) &lt;&gt; '$'</c> classifies and hashes each row in process through an
/// application-defined function, then a read-back compares every row of the range with what the batch expects
/// before commit. This replaces a read, a per-row statement and a join by one sequential pass of the table.
/// </summary>
internal sealed class SqliteFusedBatch : IDisposable
{
    private const char RowSeparator = '\u001e';
    private const char NullMarker = '\u001f';
    private const string FunctionName = "entsoe_hash";
    private readonly SqliteConnection connection;
    private readonly RowClassifier classifier;
    private readonly SqliteCommand upperBound;
    private readonly SqliteCommand others;
    private readonly SqliteCommand update;
    private readonly SqliteCommand readBack;
    private readonly List<(long Key, RowOutcome Outcome, RowFlags Flags, string? Value)> hashedRows = new(1024);
    private readonly delegate_function_scalar function;
    private Exception? callbackFailure;

    public SqliteFusedBatch(SqliteConnection connection, string table, string key, string token, RowClassifier classifier)
    {
        this.connection = connection;
        this.classifier = classifier;
        upperBound = Command($"SELECT {key} FROM {table} WHERE {key} > @after ORDER BY {key} LIMIT 1 OFFSET @offset", "@after", "@offset");
        var range = $"{key} > @after AND {key} <= @upper";
        others = Command($"SELECT {key}, {token} FROM {table} WHERE {range} AND ({token} IS NULL OR {token} = '' OR substr({token}, 1, 1) = '$') ORDER BY {key}", "@after", "@upper");
        update = Command($"UPDATE {table} SET {token} = {FunctionName}({key}, {token}) WHERE {range} AND {token} IS NOT NULL AND {token} <> '' AND substr({token}, 1, 1) <> '$'", "@after", "@upper");
        readBack = Command(
            $"SELECT count(*), group_concat(coalesce(v, char(31)), char(30)) FROM (SELECT {token} AS v FROM {table} WHERE {range} ORDER BY {key})", "@after", "@upper");
        function = Hash;
        var result = raw.sqlite3_create_function(connection.Handle, FunctionName, 2, raw.SQLITE_UTF8, null, function);
        if (result != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"Could not register the hashing function (SQLite error {result}).");
        }
    }

    /// <summary>Migrates the next batch after <paramref name="after"/>; returns its rows in key order, or none at the end.</summary>
    /// <param name="after">The last key of the previous batch; null for the first.</param>
    /// <param name="limit">Batch size.</param>
    /// <param name="batch">The batch number for the report.</param>
    /// <param name="entries">Receives one entry per row, in key order (outcome <see cref="RowOutcome.Hashed"/> for written rows).</param>
    /// <param name="duplicates">Receives the digest prefix of every hashed value.</param>
    /// <returns>The last key of the batch, or null when no row is left.</returns>
    public long? Run(long? after, int limit, long batch, List<ReportEntry> entries, DuplicateDetector duplicates)
    {
        hashedRows.Clear();
        callbackFailure = null;
        using var transaction = connection.BeginTransaction(deferred: false);
        Bind(transaction, upperBound, others, update, readBack);
        upperBound.Parameters["@after"].Value = after ?? long.MinValue;
        upperBound.Parameters["@offset"].Value = limit - 1;
        var upperValue = upperBound.ExecuteScalar();
        // The last batch has no upper key; long.MaxValue keeps the range a plain index range either way.
        var upper = upperValue is null or DBNull ? long.MaxValue : Convert.ToInt64(upperValue, CultureInfo.InvariantCulture);
        SetRange(after, upper, others, update, readBack);

        // Rows the UPDATE leaves alone (NULL, '' or already hashed), read first: afterwards every hashed row starts with '$' too.
        var untouched = new List<(long Key, string? Value)>();
        using (var reader = others.ExecuteReader())
        {
            while (reader.Read())
            {
                untouched.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
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

        if (hashedRows.Count == 0 && untouched.Count == 0)
        {
            transaction.Rollback();
            return null;
        }

        // Merge both lists in key order: that is the order of the range and of the read-back.
        var expected = new StringBuilder((hashedRows.Count + untouched.Count) * 66);
        var i = 0;
        var j = 0;
        var first = true;
        long last = 0;
        while (i < hashedRows.Count || j < untouched.Count)
        {
            string? value;
            if (j >= untouched.Count || (i < hashedRows.Count && hashedRows[i].Key < untouched[j].Key))
            {
                var row = hashedRows[i++];
                var outcome = row.Outcome == RowOutcome.WouldHash ? RowOutcome.Hashed : row.Outcome;
                if (row.Outcome is RowOutcome.WouldHash or RowOutcome.AlreadyHashed)
                {
                    duplicates.Add(row.Value);
                }

                entries.Add(new ReportEntry(RowKey.FromInteger(row.Key), outcome, row.Flags, batch));
                value = row.Value;
                last = row.Key;
            }
            else
            {
                var row = untouched[j++];
                var kind = classifier.Classify(new StoredRow(RowKey.FromInteger(row.Key), row.Value, null), computeHash: false);
                entries.Add(new ReportEntry(RowKey.FromInteger(row.Key), kind.Outcome, kind.Flags, batch));
                if (kind.Outcome == RowOutcome.AlreadyHashed)
                {
                    duplicates.Add(row.Value);
                }

                value = row.Value;
                last = row.Key;
            }

            if (!first)
            {
                expected.Append(RowSeparator);
            }

            first = false;
            expected.Append(value ?? NullMarker.ToString());
        }

        using (var reader = readBack.ExecuteReader())
        {
            reader.Read();
            var count = reader.GetInt64(0);
            var actual = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
            if (affected != hashedRows.Count || count != hashedRows.Count + untouched.Count || !string.Equals(actual, expected.ToString(), StringComparison.Ordinal))
            {
                transaction.Rollback();
                throw new ReadBackMismatchException(
                    "Read-back inside the batch did not find the values the batch wrote; the batch was rolled back. Check for triggers rewriting the token column, then rerun.");
            }
        }

        transaction.Commit();
        return last;
    }

    public void Dispose()
    {
        raw.sqlite3_create_function(connection.Handle, FunctionName, 2, raw.SQLITE_UTF8, null, (delegate_function_scalar?)null);
        upperBound.Dispose();
        others.Dispose();
        update.Dispose();
        readBack.Dispose();
    }

    private static void Bind(SqliteTransaction transaction, params SqliteCommand[] commands)
    {
        foreach (var command in commands)
        {
            command.Transaction = transaction;
        }
    }

    private static void SetRange(long? after, long upper, params SqliteCommand[] commands)
    {
        foreach (var command in commands)
        {
            command.Parameters["@after"].Value = after ?? long.MinValue;
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

    // Called by SQLite for each candidate row; must never throw into native code.
    private void Hash(sqlite3_context context, object userData, sqlite3_value[] args)
    {
        char[]? rented = null;
        try
        {
            var key = raw.sqlite3_value_int64(args[0]);
            var utf8 = raw.sqlite3_value_blob(args[1]);
            var maxChars = Encoding.UTF8.GetMaxCharCount(utf8.Length);
            Span<char> chars = maxChars <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(maxChars));
            var length = Encoding.UTF8.GetChars(utf8, chars);
            var value = chars[..length];
            Span<char> hashed = stackalloc char[128];
            var (outcome, flags) = classifier.ClassifyAndHash(value, hashed, out var written);
            if (outcome == RowOutcome.WouldHash)
            {
                var stored = hashed[..written];
                Span<byte> output = stackalloc byte[128];
                var bytes = Encoding.UTF8.GetBytes(stored, output);
                raw.sqlite3_result_text(context, output[..bytes]);
                hashedRows.Add((key, outcome, flags, stored.ToString()));
            }
            else
            {
                raw.sqlite3_result_text(context, utf8);
                hashedRows.Add((key, outcome, flags, value.ToString()));
            }

            if (rented is not null)
            {
                chars[..length].Clear();
            }
        }
        catch (Exception ex)
        {
            callbackFailure = ex;
            raw.sqlite3_result_error(context, "entsoe_hash failed");
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
