using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Keys as Npgsql parameters and back: typed parameters and arrays, so the server never guesses a type.</summary>
internal static class PostgresValues
{
    public static NpgsqlParameter KeyParameter(string name, RowKey key) => key.IsText
        ? new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = key.Text }
        : new NpgsqlParameter<long>(name, NpgsqlDbType.Bigint) { TypedValue = key.Integer };

    public static NpgsqlParameter KeyArray(IReadOnlyList<RowKey> keys)
    {
        if (keys[0].IsText)
        {
            return new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. keys.Select(k => k.Text)] };
        }

        return new NpgsqlParameter<long[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. keys.Select(k => k.Integer)] };
    }

    public static (long Low, long High) Bounds(long[] keys)
    {
        var (low, high) = (long.MaxValue, long.MinValue);
        foreach (var key in keys)
        {
            low = Math.Min(low, key);
            high = Math.Max(high, key);
        }

        return (low, high);
    }

    public static NpgsqlParameter KeyArray(IReadOnlyList<RowUpdate> updates)
    {
        if (updates[0].Key.IsText)
        {
            var texts = new string[updates.Count];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = updates[i].Key.Text;
            }

            return new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = texts };
        }

        var integers = new long[updates.Count];
        for (var i = 0; i < integers.Length; i++)
        {
            integers[i] = updates[i].Key.Integer;
        }

        return new NpgsqlParameter<long[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = integers };
    }

    public static RowKey ReadKey(NpgsqlDataReader reader) => reader.GetFieldType(0) == typeof(string)
        ? RowKey.FromText(reader.GetString(0))
        : RowKey.FromInteger(reader.GetInt64(0));

    // The keys in column `ordinal` of the batch answer: bigint[] or text[], as the key column.
    public static List<RowKey> ReadKeys(NpgsqlDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return [];
        }

        var value = reader.GetValue(ordinal);
        var keys = new List<RowKey>();
        switch (value)
        {
            case long[] integers:
                foreach (var integer in integers)
                {
                    keys.Add(RowKey.FromInteger(integer));
                }

                break;
            case string[] texts:
                foreach (var text in texts)
                {
                    keys.Add(RowKey.FromText(text));
                }

                break;
            default:
                throw new InvalidOperationException($"Unexpected key array type {value.GetType().Name} in the batch answer.");
        }

        return keys;
    }
}
