using System.Data;
using System.Globalization;
using Microsoft.Data.SqlClient;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The lookup and the compare-and-swap as SqlClient commands, shared by the store (<c>token check</c>, <c>token issue</c>)
/// and the login path's <see cref="SqlServerTokenLookup"/>, so both bind the same statements with the same parameter types.
/// </summary>
internal static class SqlServerLookupCommands
{
    public static SqlCommand Find(SqlConnection connection, SqlServerStatements sql, SqlServerColumnTypes types, IReadOnlyList<string> candidates)
    {
        var command = new SqlCommand(sql.FindByStoredValues(candidates.Count), connection);
        var valueType = types.TokenIsUuid ? SqlDbType.NVarChar : types.TokenType;
        for (var i = 0; i < candidates.Count; i++)
        {
            command.Parameters.Add(new SqlParameter(string.Create(CultureInfo.InvariantCulture, $"@c{i}"), valueType, valueType == SqlDbType.VarChar ? 8000 : 4000)
            {
                Value = candidates[i],
            });
        }

        return command;
    }

    public static SqlCommand CompareAndSwap(SqlConnection connection, SqlServerStatements sql, SqlServerColumnTypes types, bool hashColumn, StoredRow expected, string newStoredValue)
    {
        var command = new SqlCommand(sql.CompareAndSwap, connection);
        foreach (var parameter in SqlServerTokenStore.CompareAndSwapParameters(expected, newStoredValue, types, hashColumn))
        {
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<IReadOnlyList<StoredRow>> ReadRowsAsync(SqlCommand command, KeyKind keyKind, bool hashColumn, CancellationToken cancellationToken)
    {
        var rows = new List<StoredRow>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(ReadRow(reader, keyKind, hashColumn));
            }
        }

        return rows;
    }

    public static StoredRow ReadRow(SqlDataReader reader, KeyKind keyKind, bool hashColumn)
    {
        var key = keyKind == KeyKind.Integer
            ? RowKey.FromInteger(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture))
            : RowKey.FromText(reader.GetString(0));
        var token = reader.IsDBNull(1) ? null : reader.GetString(1);
        var hash = !hashColumn || reader.IsDBNull(2) ? null : reader.GetString(2);
        return new StoredRow(key, token, hash);
    }
}
