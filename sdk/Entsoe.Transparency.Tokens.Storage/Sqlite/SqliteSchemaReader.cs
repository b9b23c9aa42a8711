using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Reads what preflight needs to know about the table from SQLite's pragmas and <c>sqlite_master</c>.</summary>
internal static class SqliteSchemaReader
{
    /// <summary>Describes the table for preflight (<see cref="ITokenStore.DescribeAsync"/>).</summary>
    public static async Task<TableDescription> DescribeAsync(SqliteConnection connection, SqliteStatements sql, TableTarget target, CancellationToken cancellationToken)
    {
        var columns = new List<(string Name, string Type, bool NotNull, int Pk)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = SqliteStatements.TableInfo;
            command.Parameters.AddWithValue("@table", target.Table);
            command.Parameters.AddWithValue("@schema", sql.SchemaName);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    columns.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2) != 0, reader.GetInt32(3)));
                }
            }
        }

        if (columns.Count == 0)
        {
            return TableDescription.Missing;
        }

        ColumnDescription? Find(string? name)
        {
            if (name is null)
            {
                return null;
            }

            foreach (var column in columns)
            {
                if (string.Equals(column.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    var isIntegerPk = column.Pk == 1 && string.Equals(column.Type, "INTEGER", StringComparison.OrdinalIgnoreCase);
                    return new ColumnDescription(column.Name, column.Type, Categorize(column.Type), DeclaredWidth(column.Type), !column.NotNull && !isIntegerPk);
                }
            }

            return null;
        }

        var keyColumn = Find(target.KeyColumn);
        var indexes = await ReadIndexesAsync(connection, sql, target, cancellationToken).ConfigureAwait(false);
        var keyIsUnique = false;
        if (keyColumn is not null)
        {
            var pkCount = 0;
            var keyIsPk = false;
            foreach (var column in columns)
            {
                if (column.Pk > 0)
                {
                    pkCount++;
                    keyIsPk |= string.Equals(column.Name, target.KeyColumn, StringComparison.OrdinalIgnoreCase);
                }
            }

            keyIsUnique = (keyIsPk && pkCount == 1) || indexes.Any(index => index.IsUnique && index.IsOn(target.KeyColumn) && !index.IsPartial);
        }

        return new TableDescription(true, keyColumn, Find(target.TokenColumn), Find(target.HashColumn), keyIsUnique)
        {
            Indexes = indexes,
            Copies = await ReadTriggersAsync(connection, sql, target, cancellationToken).ConfigureAwait(false),
        };
    }


    // An INTEGER PRIMARY KEY of a rowid table is the rowid itself (https://www.sqlite.org/lang_createtable.html#rowid):
    // the declared type must be exactly INTEGER, the key its only primary-key column, and no separate index may back the
    // primary key (WITHOUT ROWID tables and the INTEGER PRIMARY KEY DESC quirk have one).
    public static async Task<bool> IsRowidAliasAsync(SqliteConnection connection, SqliteStatements sql, TableTarget target, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SqliteStatements.IsRowidAlias;
        command.Parameters.AddWithValue("@table", target.Table);
        command.Parameters.AddWithValue("@schema", sql.SchemaName);
        command.Parameters.AddWithValue("@key", target.KeyColumn);
        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(result, CultureInfo.InvariantCulture) == 1;
    }


    private static ColumnCategory Categorize(string declared)
    {
        // SQLite's own affinity rules (https://www.sqlite.org/datatype3.html §3.1), plus names other engines use for UUIDs.
        var upper = declared.ToUpperInvariant();
        if (upper.Contains("INT", StringComparison.Ordinal))
        {
            return ColumnCategory.Integer;
        }

        if (upper.Contains("UNIQUEIDENTIFIER", StringComparison.Ordinal) || upper is "UUID" or "GUID")
        {
            return ColumnCategory.Uuid;
        }

        if (upper.Length == 0 || upper.Contains("CHAR", StringComparison.Ordinal) || upper.Contains("CLOB", StringComparison.Ordinal)
            || upper.Contains("TEXT", StringComparison.Ordinal))
        {
            return ColumnCategory.Text;
        }

        return ColumnCategory.Other;
    }


    // SQLite ignores a declared width, but the schema is what applications and ports to other engines rely on.
    private static int? DeclaredWidth(string declared)
    {
        var open = declared.IndexOf('(', StringComparison.Ordinal);
        var close = declared.IndexOf(')', StringComparison.Ordinal);
        if (open < 0 || close <= open)
        {
            return null;
        }

        var inside = declared.AsSpan(open + 1, close - open - 1).Trim();
        var comma = inside.IndexOf(',');
        if (comma >= 0)
        {
            inside = inside[..comma];
        }

        return int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var width) ? width : null;
    }


    private static async Task<IReadOnlyList<TableCopy>> ReadTriggersAsync(SqliteConnection connection, SqliteStatements sql, TableTarget target, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql.Triggers;
        command.Parameters.AddWithValue("@table", target.Table);
        var triggers = new List<TableCopy>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (reader.Read())
            {
                triggers.Add(new TableCopy(TableCopyKind.Trigger, reader.GetString(0)));
            }
        }

        return triggers;
    }


    private static async Task<IReadOnlyList<TableIndex>> ReadIndexesAsync(SqliteConnection connection, SqliteStatements sql, TableTarget target, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SqliteStatements.Indexes;
        command.Parameters.AddWithValue("@table", target.Table);
        command.Parameters.AddWithValue("@schema", sql.SchemaName);
        var rows = new List<(string, string?, bool, bool, bool)>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2) != 0, true, reader.GetInt64(3) != 0));
            }
        }

        return TableIndex.FromColumns(rows);
    }
}
