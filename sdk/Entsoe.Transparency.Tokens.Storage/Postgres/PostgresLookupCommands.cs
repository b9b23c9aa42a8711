using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The lookup and the compare-and-swap as Npgsql commands, shared by the store (<c>token check</c>, <c>token issue</c>)
/// and the login path's <see cref="PostgresTokenLookup"/>, so both bind the same statements the same way.
/// </summary>
internal static class PostgresLookupCommands
{
    public static NpgsqlCommand Find(NpgsqlConnection connection, PostgresStatements sql, bool tokenIsUuid, IReadOnlyList<string> candidates)
    {
        var command = new NpgsqlCommand(tokenIsUuid ? sql.FindByStoredValuesUuidToken : sql.FindByStoredValues, connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("candidates", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. candidates] });
        if (tokenIsUuid)
        {
            var uuids = new List<Guid>(candidates.Count);
            foreach (var candidate in candidates)
            {
                if (Guid.TryParseExact(candidate, "D", out var uuid))
                {
                    uuids.Add(uuid);
                }
            }

            command.Parameters.Add(new NpgsqlParameter<Guid[]>("uuids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. uuids] });
        }

        return command;
    }

    public static NpgsqlCommand CompareAndSwap(NpgsqlConnection connection, PostgresStatements sql, bool hashColumn, StoredRow expected, string newStoredValue)
    {
        var command = new NpgsqlCommand(sql.CompareAndSwap, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("new", NpgsqlDbType.Text) { TypedValue = newStoredValue });
        command.Parameters.Add(PostgresValues.KeyParameter("key", expected.Key));
        command.Parameters.Add(new NpgsqlParameter("oldToken", NpgsqlDbType.Text) { Value = (object?)expected.Token ?? DBNull.Value });
        if (hashColumn)
        {
            command.Parameters.Add(new NpgsqlParameter("oldHash", NpgsqlDbType.Text) { Value = (object?)expected.Hash ?? DBNull.Value });
        }

        return command;
    }

    public static async Task<IReadOnlyList<StoredRow>> ReadRowsAsync(NpgsqlCommand command, bool hashColumn, CancellationToken cancellationToken)
    {
        var rows = new List<StoredRow>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(ReadRow(reader, hashColumn));
            }
        }

        return rows;
    }

    public static StoredRow ReadRow(NpgsqlDataReader reader, bool hashColumn)
    {
        var key = PostgresValues.ReadKey(reader);
        var token = reader.IsDBNull(1) ? null : reader.GetString(1);
        var hash = !hashColumn || reader.IsDBNull(2) ? null : reader.GetString(2);
        return new StoredRow(key, token, hash);
    }

    public static async Task<bool> TokenColumnIsUuidAsync(NpgsqlConnection connection, PostgresStatements sql, string tokenColumn, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(PostgresStatements.ColumnType, connection);
        command.Parameters.AddWithValue("name", NpgsqlDbType.Text, sql.QualifiedTable);
        command.Parameters.AddWithValue("column", NpgsqlDbType.Text, tokenColumn);
        return string.Equals(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string, "uuid", StringComparison.Ordinal);
    }
}
