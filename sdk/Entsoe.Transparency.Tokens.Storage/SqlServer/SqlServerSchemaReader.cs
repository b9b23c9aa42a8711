using System.Data;
using System.Globalization;
using Microsoft.Data.SqlClient;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Reads what preflight needs to know about the table from SQL Server's catalog views.</summary>
internal static class SqlServerSchemaReader
{
    /// <summary>Describes the table for preflight (<see cref="ITokenStore.DescribeAsync"/>).</summary>
    public static async Task<TableDescription> DescribeAsync(SqlConnection connection, SqlServerStatements sql, TableTarget target, CancellationToken cancellationToken)
    {
        var columns = new Dictionary<string, ColumnDescription>(StringComparer.OrdinalIgnoreCase);
        using (var describe = new SqlCommand(SqlServerStatements.DescribeColumns, connection))
        {
            describe.Parameters.Add(new SqlParameter("@name", SqlDbType.NVarChar, 1000) { Value = sql.QualifiedTable });
            var reader = await describe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var column = DescribeColumn(reader.GetString(0), reader.GetString(1), reader.GetInt16(2), reader.GetByte(3), reader.GetByte(4), reader.GetBoolean(5));
                    columns[column.Name] = column;
                }
            }
        }

        if (columns.Count == 0)
        {
            return TableDescription.Missing;
        }

        bool keyIsUnique;
        using (var unique = new SqlCommand(SqlServerStatements.KeyIsUnique, connection))
        {
            unique.Parameters.Add(new SqlParameter("@name", SqlDbType.NVarChar, 1000) { Value = sql.QualifiedTable });
            unique.Parameters.Add(new SqlParameter("@key", SqlDbType.NVarChar, 128) { Value = target.KeyColumn });
            keyIsUnique = Convert.ToInt32(await unique.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 1;
        }

        var indexRows = new List<(string, string?, bool, bool, bool)>();
        using (var unique = new SqlCommand(SqlServerStatements.Indexes, connection))
        {
            unique.Parameters.Add(new SqlParameter("@name", SqlDbType.NVarChar, 1000) { Value = sql.QualifiedTable });
            var reader = await unique.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    indexRows.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), false, reader.GetBoolean(3)));
                }
            }
        }

        var copies = new List<TableCopy>();
        using (var command = new SqlCommand(SqlServerStatements.TableCopies, connection))
        {
            command.Parameters.Add(new SqlParameter("@name", SqlDbType.NVarChar, 1000) { Value = sql.QualifiedTable });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    copies.Add(TableCopy.FromCatalog(reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        // SQL Server's default collations are case-insensitive for names, as is this lookup.
        var key = columns.GetValueOrDefault(target.KeyColumn);
        var token = columns.GetValueOrDefault(target.TokenColumn);
        var hash = target.HashColumn is null ? null : columns.GetValueOrDefault(target.HashColumn);
        return new TableDescription(true, key, token, hash, keyIsUnique) { Indexes = TableIndex.FromColumns(indexRows), Copies = copies };
    }


    /// <summary>A column as sys.columns/sys.types describe it (max_length in bytes, -1 for (max)).</summary>
    internal static ColumnDescription DescribeColumn(string name, string typeName, short maxLengthBytes, byte precision, byte scale, bool isNullable)
    {
        var type = typeName.ToLowerInvariant();
        var category = type switch
        {
            "bigint" or "int" or "smallint" or "tinyint" => ColumnCategory.Integer,
            "char" or "varchar" or "nchar" or "nvarchar" or "text" or "ntext" or "sysname" => ColumnCategory.Text,
            "uniqueidentifier" => ColumnCategory.Uuid,
            _ => ColumnCategory.Other,
        };
        int? characters = category != ColumnCategory.Text || maxLengthBytes < 0 || type is "text" or "ntext"
            ? null
            : type is "nchar" or "nvarchar" or "sysname" ? maxLengthBytes / 2 : maxLengthBytes;
        var shown = type switch
        {
            "char" or "varchar" or "nchar" or "nvarchar" or "binary" or "varbinary" =>
                characters is null && maxLengthBytes < 0 ? $"{type}(max)" : string.Create(CultureInfo.InvariantCulture, $"{type}({characters ?? maxLengthBytes})"),
            "decimal" or "numeric" => string.Create(CultureInfo.InvariantCulture, $"{type}({precision},{scale})"),
            _ => type,
        };
        return new ColumnDescription(name, shown, category, characters, isNullable);
    }
}
