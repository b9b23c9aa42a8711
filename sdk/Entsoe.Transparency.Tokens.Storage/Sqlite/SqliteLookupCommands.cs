using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The lookup and the compare-and-swap as SQLite commands, shared by the store (<c>token check</c>, <c>token issue</c>)
/// and the login path's <see cref="SqliteTokenLookup"/>, so both bind the same statements the same way.
/// </summary>
internal static class SqliteLookupCommands
{
    public static SqliteCommand Find(SqliteConnection connection, SqliteStatements sql, IReadOnlyList<string> candidates)
    {
        var command = connection.CreateCommand();
        var names = new StringBuilder();
        for (var i = 0; i < candidates.Count; i++)
        {
            names.Append(i == 0 ? "@c0" : string.Create(CultureInfo.InvariantCulture, $", @c{i}"));
            command.Parameters.AddWithValue(string.Create(CultureInfo.InvariantCulture, $"@c{i}"), candidates[i]);
        }

        command.CommandText = sql.FindPrefix + sql.FindWhere(names.ToString()) + sql.FindOrder;
        return command;
    }

    public static SqliteCommand CompareAndSwap(SqliteConnection connection, SqliteStatements sql, StoredRow expected, string newStoredValue)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql.CompareAndSwap;
        command.Parameters.AddWithValue("@new", newStoredValue);
        command.Parameters.AddWithValue("@key", expected.Key.ToParameterValue());
        command.Parameters.AddWithValue("@oldToken", (object?)expected.Token ?? DBNull.Value);
        if (sql.Hash is not null)
        {
            command.Parameters.AddWithValue("@oldHash", (object?)expected.Hash ?? DBNull.Value);
        }

        return command;
    }

    public static async Task<IReadOnlyList<StoredRow>> ReadRowsAsync(SqliteCommand command, KeyKind keyKind, bool hashColumn, CancellationToken cancellationToken)
    {
        var rows = new List<StoredRow>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (reader.Read())
            {
                rows.Add(ReadRow(reader, keyKind, hashColumn));
            }
        }

        return rows;
    }

    public static StoredRow ReadRow(SqliteDataReader reader, KeyKind keyKind, bool hashColumn)
    {
        var rowKey = keyKind == KeyKind.Integer ? RowKey.FromInteger(reader.GetInt64(0)) : RowKey.FromText(reader.GetString(0));
        var tokenValue = reader.IsDBNull(1) ? null : reader.GetString(1);
        var hashValue = !hashColumn || reader.IsDBNull(2) ? null : reader.GetString(2);
        return new StoredRow(rowKey, tokenValue, hashValue);
    }
}
