using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Split keys for several writers on a PostgreSQL table: from the planner's statistics when it has them, else by OFFSET.</summary>
internal static class PostgresKeySplitter
{
    /// <summary>
    /// See <see cref="IKeyRangeSplitter.SplitKeysAsync"/>. <paramref name="schema"/> and <paramref name="table"/> are the
    /// names the server gave the table when it was described; null before that.
    /// </summary>
    public static async Task<IReadOnlyList<RowKey>> SplitKeysAsync(
        NpgsqlConnection connection, PostgresStatements sql, TableTarget target, string? schema, string? table, long total, int parts, CancellationToken cancellationToken)
    {
        if (parts < 2 || total < parts)
        {
            return [];
        }

        // The planner's histogram of the key column already holds equal-frequency quantiles: reading them costs nothing,
        // where OFFSET walks half the index (70 ms on 1M rows). Stale statistics only unbalance the parts.
        var fromStatistics = await SplitKeysFromStatisticsAsync(connection, target, schema, table, parts, cancellationToken).ConfigureAwait(false);
        if (fromStatistics.Count == parts - 1)
        {
            return fromStatistics;
        }

        var keys = new List<RowKey>(parts - 1);
        for (var i = 1; i < parts; i++)
        {
            using var command = new NpgsqlCommand($"{sql.ReadFirst} OFFSET @offset", connection) { CommandTimeout = 0 };
            command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = 1 });
            command.Parameters.Add(new NpgsqlParameter<long>("offset", NpgsqlDbType.Bigint) { TypedValue = (total * i / parts) - 1 });
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    // The table shrank since it was counted: fewer parts.
                    break;
                }

                var key = PostgresValues.ReadKey(reader);
                if (keys.Count == 0 || key.CompareTo(keys[^1]) > 0)
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }

    // Equal-frequency bounds of the key column from pg_stats, when the table has been analyzed; empty otherwise.
    private static async Task<List<RowKey>> SplitKeysFromStatisticsAsync(
        NpgsqlConnection connection, TableTarget target, string? schema, string? table, int parts, CancellationToken cancellationToken)
    {
        var keys = new List<RowKey>(parts - 1);
        if (schema is null || table is null)
        {
            return keys;
        }

        long[]? bounds;
        using (var command = new NpgsqlCommand(PostgresStatements.KeyHistogram, connection))
        {
            command.Parameters.AddWithValue("schema", NpgsqlDbType.Text, schema);
            command.Parameters.AddWithValue("table", NpgsqlDbType.Text, table);
            command.Parameters.AddWithValue("key", NpgsqlDbType.Text, target.KeyColumn);
            try
            {
                bounds = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long[];
            }
            catch (PostgresException)
            {
                // A key type whose bounds do not read as bigint: the OFFSET path splits it.
                return keys;
            }
        }

        if (bounds is null || bounds.Length <= parts)
        {
            return keys;
        }

        for (var i = 1; i < parts; i++)
        {
            var key = bounds[(int)Math.Round((double)i * (bounds.Length - 1) / parts)];
            if (keys.Count == 0 || key > keys[^1].Integer)
            {
                keys.Add(RowKey.FromInteger(key));
            }
        }

        return keys;
    }
}
