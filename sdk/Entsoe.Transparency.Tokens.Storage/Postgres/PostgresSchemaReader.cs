using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Reads what preflight needs to know about the table from PostgreSQL's catalogs (<see cref="ITokenStore.DescribeAsync"/>).</summary>
internal static class PostgresSchemaReader
{
    /// <summary>
    /// Describes the table for preflight, and the schema and table name the server resolved it to (null when it does not
    /// exist).
    /// </summary>
    public static async Task<(TableDescription Description, string? Schema, string? Table)> DescribeAsync(
        NpgsqlConnection connection, PostgresStatements sql, TableTarget target, CancellationToken cancellationToken)
    {
        string schema;
        string table;
        using (var resolve = new NpgsqlCommand(PostgresStatements.ResolveTable, connection))
        {
            resolve.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
            var reader = await resolve.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return (TableDescription.Missing, null, null);
                }

                schema = reader.GetString(0);
                table = reader.GetString(1);
            }
        }

        var columns = new Dictionary<string, ColumnDescription>(StringComparer.Ordinal);
        using (var describe = new NpgsqlCommand(PostgresStatements.DescribeColumns, connection))
        {
            describe.Parameters.AddWithValue("schema", NpgsqlDbType.Text, schema);
            describe.Parameters.AddWithValue("table", NpgsqlDbType.Text, table);
            var reader = await describe.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var column = DescribeColumn(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.IsDBNull(2) ? null : reader.GetInt32(2),
                        string.Equals(reader.GetString(3), "YES", StringComparison.Ordinal),
                        reader.GetString(4));
                    columns[column.Name] = column;
                }
            }
        }

        bool keyIsUnique;
        using (var unique = new NpgsqlCommand(PostgresStatements.KeyIsUnique, connection))
        {
            unique.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
            unique.Parameters.AddWithValue("key", NpgsqlDbType.Text, target.KeyColumn);
            keyIsUnique = (bool)(await unique.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var indexRows = new List<(string, string?, bool, bool, bool)>();
        using (var unique = new NpgsqlCommand(connection.PostgreSqlVersion.Major >= 15 ? PostgresStatements.Indexes : PostgresStatements.IndexesBefore15, connection))
        {
            unique.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
            var reader = await unique.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    indexRows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3), reader.GetBoolean(4)));
                }
            }
        }

        var copies = new List<TableCopy>();
        using (var command = new NpgsqlCommand(PostgresStatements.TableCopies, connection))
        {
            command.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
            command.Parameters.AddWithValue("schema", NpgsqlDbType.Text, schema);
            command.Parameters.AddWithValue("table", NpgsqlDbType.Text, table);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    copies.Add(TableCopy.FromCatalog(reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        // Names are quoted in every statement, so they must match exactly (PostgreSQL folds only unquoted names).
        var token = columns.GetValueOrDefault(target.TokenColumn);
        var description = new TableDescription(
            true,
            columns.GetValueOrDefault(target.KeyColumn),
            token,
            target.HashColumn is null ? null : columns.GetValueOrDefault(target.HashColumn),
            keyIsUnique)
        {
            Indexes = TableIndex.FromColumns(indexRows),
            Copies = copies,
        };
        return (description, schema, table);
    }


    /// <summary>The column category of a PostgreSQL type as information_schema names it.</summary>
    internal static ColumnDescription DescribeColumn(string name, string dataType, int? maxLength, bool isNullable, string udtName)
    {
        var category = dataType switch
        {
            "smallint" or "integer" or "bigint" => ColumnCategory.Integer,
            "character varying" or "character" or "text" => ColumnCategory.Text,
            "uuid" => ColumnCategory.Uuid,
            "USER-DEFINED" when string.Equals(udtName, "citext", StringComparison.Ordinal) => ColumnCategory.Text,
            _ => ColumnCategory.Other,
        };
        var shown = maxLength is null ? dataType : string.Create(CultureInfo.InvariantCulture, $"{dataType}({maxLength})");
        return new ColumnDescription(name, shown, category, category == ColumnCategory.Text ? maxLength : null, isNullable);
    }
}
