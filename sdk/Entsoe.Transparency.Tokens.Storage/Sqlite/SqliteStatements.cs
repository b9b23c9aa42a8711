namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Every statement text the SQLite store sends for one table, built once from quoted names. Values always travel as
/// parameters; a general batch travels as one JSON parameter, joined to the table by key in native code.
/// </summary>
internal sealed class SqliteStatements
{
    public SqliteStatements(TableTarget target)
    {
        var dialect = DoubleQuoteDialect.Instance;
        var (table, key, token, hash) = QuotedTarget.Of(target, dialect);
        var select = hash is null ? $"{key}, {token}" : $"{key}, {token}, {hash}";
        SchemaName = target.Schema ?? "main";
        QualifiedTable = table;
        Key = key;
        Token = token;
        Hash = hash;
        Count = $"SELECT count(*) FROM {table}";
        ReadFirst = $"SELECT {select} FROM {table} ORDER BY {key} LIMIT @limit";
        ReadAfter = $"SELECT {select} FROM {table} WHERE {key} > @after ORDER BY {key} LIMIT @limit";
        ReadRow = $"SELECT {select} FROM {table} WHERE {key} = @key";
        FindPrefix = $"SELECT {select} FROM {table} WHERE ";
        FindOrder = $" ORDER BY {key}";
        CompareAndSwap = hash is null
            ? $"UPDATE {table} SET {token} = @new WHERE {key} = @key AND {token} IS @oldToken"
            : $"UPDATE {table} SET {hash} = @new, {token} = NULL WHERE {key} = @key AND {token} IS @oldToken AND {hash} IS @oldHash";

        // The batch travels as a BLOB cast to text: one reusable buffer instead of a large string per batch (which would
        // land on the large object heap and keep the process's memory growing until a full collection).
        const string batch = "(SELECT value ->> 0 AS k, value ->> 1 AS old, value ->> 2 AS new FROM json_each(CAST(@batch AS TEXT)))";
        Update = hash is null
            ? $"UPDATE {table} SET {token} = j.new FROM {batch} AS j WHERE {table}.{key} = j.k AND {table}.{token} = j.old"
            : $"UPDATE {table} SET {hash} = j.new, {token} = NULL FROM {batch} AS j "
                + $"WHERE {table}.{key} = j.k AND {table}.{token} = j.old AND {table}.{hash} IS NULL";
        var deviates = hash is null
            ? $"t.{token} IS NOT j.new"
            : $"t.{hash} IS NOT j.new OR t.{token} IS NOT NULL";
        var hashSelect = hash is null ? string.Empty : $", t.{hash}";
        ReadBack = $"SELECT j.k, t.{token}{hashSelect} FROM {batch} AS j LEFT JOIN {table} AS t ON t.{key} = j.k "
            + $"WHERE t.{key} IS NULL OR {deviates}";

        var schema = dialect.Quote(SchemaName);
        Triggers = $"SELECT name FROM {schema}.sqlite_master WHERE type = 'trigger' AND tbl_name = @table COLLATE NOCASE ORDER BY name";
        Vacuum = $"VACUUM {schema}";
    }

    /// <summary>The schema (attached database) the table is in: <c>main</c> unless one was given.</summary>
    public string SchemaName { get; }

    public string QualifiedTable { get; }

    public string Key { get; }

    public string Token { get; }

    public string? Hash { get; }

    public string Count { get; }

    public string ReadFirst { get; }

    public string ReadAfter { get; }

    public string ReadRow { get; }

    /// <summary><c>SELECT ... WHERE </c>, followed by the candidates' IN lists (<see cref="FindWhere"/>) and <see cref="FindOrder"/>.</summary>
    public string FindPrefix { get; }

    public string FindOrder { get; }

    public string CompareAndSwap { get; }

    /// <summary>The general batch: one <c>UPDATE ... FROM json_each(@batch)</c> with the compare-and-swap guard.</summary>
    public string Update { get; }

    /// <summary>The batch's keys whose row does not hold the expected new state after <see cref="Update"/>.</summary>
    public string ReadBack { get; }

    public string Triggers { get; }

    public string Vacuum { get; }

    /// <summary>The table's columns.</summary>
    public const string TableInfo = "SELECT name, type, \"notnull\", pk FROM pragma_table_info(@table, @schema)";

    // SQLite treats NULLs as distinct in every unique index; an expression column has no name (NULL).
    public const string Indexes =
        "SELECT il.name, ii.name, il.\"unique\", il.partial FROM pragma_index_list(@table, @schema) AS il, pragma_index_info(il.name, @schema) AS ii "
        + "ORDER BY il.seq, ii.seqno";

    public const string IsRowidAlias =
        "SELECT (SELECT count(*) FROM pragma_table_info(@table, @schema) WHERE pk > 0) = 1 "
        + "AND EXISTS (SELECT 1 FROM pragma_table_info(@table, @schema) WHERE pk = 1 AND upper(type) = 'INTEGER' AND name = @key COLLATE NOCASE) "
        + "AND NOT EXISTS (SELECT 1 FROM pragma_index_list(@table, @schema) WHERE origin = 'pk')";

    /// <summary>The WHERE clause of a lookup of the stored values named <paramref name="names"/> (<c>@c0, @c1, ...</c>).</summary>
    public string FindWhere(string names) => Hash is null ? $"{Token} IN ({names})" : $"{Token} IN ({names}) OR {Hash} IN ({names})";

    /// <summary>Rows the fused ranges cannot hold: the key long.MinValue, or (unless the key is the rowid) a non-integer key.</summary>
    public string CountOutsideFusedRanges(bool rowidAlias) => rowidAlias
        ? $"SELECT count(*) FROM {QualifiedTable} WHERE {Key} = -9223372036854775808"
        : $"SELECT count(*) FROM {QualifiedTable} WHERE {Key} = -9223372036854775808 OR typeof({Key}) <> 'integer'";
}
