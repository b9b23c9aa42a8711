using System.Globalization;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Every statement text the SQL Server store can send for one table, one key kind and one token column type. Built from
/// bracket-quoted names only; values always travel as parameters or through the <c>#entsoe_batch</c> temp table.
/// The test project parses each of these with ScriptDom, for every combination (<see cref="AllVariants"/>).
/// </summary>
internal sealed class SqlServerStatements
{
    /// <summary>The session-scoped temp table a batch is bulk-copied into.</summary>
    public const string BatchTable = "#entsoe_batch";

    // Comparisons of stored values are binary: base64url is case-sensitive, and a case-insensitive collation would let a
    // hash differing only in case pass the guard or the read-back.
    private const string Binary = " COLLATE Latin1_General_BIN2";

    public SqlServerStatements(TableTarget target, bool tokenIsUuid, TimeSpan lockTimeout)
    {
        var (table, key, token, hash) = QuotedTarget.Of(target, BracketDialect.Instance);

        // A uniqueidentifier has no collation and is read as text (upper case: the canonical form lower-cases it).
        string TokenText(string prefix) => tokenIsUuid ? $"CONVERT(nvarchar(36), {prefix}{token})" : $"{prefix}{token}";
        string Compare(string left, string right) => tokenIsUuid ? $"{left} = {right}" : $"{left}{Binary} = {right}{Binary}";
        var select = hash is null ? $"{key}, {TokenText(string.Empty)}" : $"{key}, {TokenText(string.Empty)}, {hash}";

        QualifiedTable = table;
        var milliseconds = (long)Math.Clamp(lockTimeout.TotalMilliseconds, 1, int.MaxValue);
        SessionSetup = string.Create(CultureInfo.InvariantCulture, $"SET XACT_ABORT ON; SET NOCOUNT OFF; SET LOCK_TIMEOUT {milliseconds};");
        Count = $"SELECT COUNT_BIG(*) FROM {table};";
        ReadFirst = $"SELECT TOP (@limit) {select} FROM {table} ORDER BY {key};";
        ReadAfter = $"SELECT TOP (@limit) {select} FROM {table} WHERE {key} > @after ORDER BY {key};";
        ReadRow = $"SELECT {select} FROM {table} WHERE {key} = @key;";

        // SELECT INTO copies the exact types and collations of the table's columns, so the join and the guard compare
        // like with like (no implicit conversion that would turn the key seek into a scan). Created once per session.
        var newSource = hash ?? token;
        CreateBatchTable =
            $"IF OBJECT_ID(N'tempdb..{BatchTable}') IS NULL "
            + $"SELECT TOP (0) t.{key} AS k, t.{token} AS old, t.{newSource} AS new INTO {BatchTable} FROM {table} AS t; "
            + $"TRUNCATE TABLE {BatchTable};";

        Update = hash is null
            ? $"UPDATE t SET t.{token} = s.new FROM {table} AS t INNER JOIN {BatchTable} AS s ON t.{key} = s.k "
                + $"WHERE {Compare($"t.{token}", "s.old")};"
            : $"UPDATE t SET t.{hash} = s.new, t.{token} = NULL FROM {table} AS t INNER JOIN {BatchTable} AS s ON t.{key} = s.k "
                + $"WHERE {Compare($"t.{token}", "s.old")} AND t.{hash} IS NULL;";

        ReadBack = hash is null
            ? $"SELECT s.k, {TokenText("t.")} FROM {BatchTable} AS s LEFT JOIN {table} AS t ON t.{key} = s.k "
                + $"WHERE t.{key} IS NULL OR t.{token} IS NULL OR NOT ({Compare($"t.{token}", "s.new")});"
            : $"SELECT s.k, {TokenText("t.")}, t.{hash} FROM {BatchTable} AS s LEFT JOIN {table} AS t ON t.{key} = s.k "
                + $"WHERE t.{key} IS NULL OR t.{hash} IS NULL OR t.{hash}{Binary} <> s.new{Binary} OR t.{token} IS NOT NULL;";

        // The candidates are compared in the column's own type (TRY_CONVERT for a uniqueidentifier, which a hash never parses as).
        FindTemplate = hash is null
            ? $"SELECT {select} FROM {table} WHERE {{token}} ORDER BY {key};"
            : $"SELECT {select} FROM {table} WHERE {{token}} OR {hash} IN ({{list}}) ORDER BY {key};";
        FindTokenTemplate = tokenIsUuid ? $"{token} IN ({{uuids}})" : $"{token} IN ({{list}})";

        CompareAndSwap = hash is null
            ? $"UPDATE {table} SET {token} = @new WHERE {key} = @key "
                + $"AND ({Compare(token, "@oldToken")} OR ({token} IS NULL AND @oldToken IS NULL));"
            : $"UPDATE {table} SET {hash} = @new, {token} = NULL WHERE {key} = @key "
                + $"AND ({Compare(token, "@oldToken")} OR ({token} IS NULL AND @oldToken IS NULL)) "
                + $"AND ({hash}{Binary} = @oldHash{Binary} OR ({hash} IS NULL AND @oldHash IS NULL));";
    }

    /// <summary>The table's columns with their base types (an alias type is described by the system type under it).</summary>
    public const string DescribeColumns =
        "SELECT c.name, TYPE_NAME(c.system_type_id), c.max_length, c.precision, c.scale, c.is_nullable "
        + "FROM sys.columns AS c "
        + "WHERE c.object_id = OBJECT_ID(@name) AND OBJECTPROPERTY(c.object_id, N'IsTable') = 1;";

    /// <summary>True when a unique, unfiltered index (or the primary key) has the key column as its only key column.</summary>
    public const string KeyIsUnique =
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM sys.indexes AS i "
        + "JOIN sys.index_columns AS ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.is_included_column = 0 "
        + "JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id "
        + "WHERE i.object_id = OBJECT_ID(@name) AND i.is_unique = 1 AND i.has_filter = 0 AND c.name = @key "
        + "AND (SELECT COUNT(*) FROM sys.index_columns AS k WHERE k.object_id = i.object_id AND k.index_id = i.index_id "
        + "AND k.is_included_column = 0) = 1) THEN 1 ELSE 0 END;";

    /// <summary>
    /// The table's indexes (primary key and unique constraints included): one row per key column in order, then whether
    /// the index is unique and whether it is filtered. A SQL Server unique index lets at most one row hold NULL.
    /// </summary>
    public const string Indexes =
        "SELECT i.name, c.name, i.is_unique, i.has_filter FROM sys.indexes AS i "
        + "JOIN sys.index_columns AS ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.is_included_column = 0 "
        + "JOIN sys.columns AS c ON c.object_id = ic.object_id AND c.column_id = ic.column_id "
        + "WHERE i.object_id = OBJECT_ID(@name) "
        + "ORDER BY i.name, ic.key_ordinal;";

    /// <summary>
    /// The table's triggers, its system-versioned history table and whether change data capture tracks it: kind, name.
    /// </summary>
    public const string TableCopies =
        "SELECT N'trigger' AS kind, t.name FROM sys.triggers AS t WHERE t.parent_id = OBJECT_ID(@name) "
        + "UNION ALL SELECT N'history', QUOTENAME(SCHEMA_NAME(h.schema_id)) + N'.' + QUOTENAME(h.name) FROM sys.tables AS s "
        + "JOIN sys.tables AS h ON h.object_id = s.history_table_id WHERE s.object_id = OBJECT_ID(@name) "
        + "UNION ALL SELECT N'cdc', s.name FROM sys.tables AS s WHERE s.object_id = OBJECT_ID(@name) AND s.is_tracked_by_cdc = 1 "
        + "ORDER BY 1, 2;";

    public string QualifiedTable { get; }

    public string SessionSetup { get; }

    public string Count { get; }

    public string ReadFirst { get; }

    public string ReadAfter { get; }

    public string ReadRow { get; }

    public string CreateBatchTable { get; }

    public string Update { get; }

    public string ReadBack { get; }

    public string CompareAndSwap { get; }

    private string FindTemplate { get; }

    private string FindTokenTemplate { get; }

    /// <summary>The lookup for <c>token check</c> with <paramref name="count"/> candidates <c>@c0..@cN</c>.</summary>
    public string FindByStoredValues(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var list = string.Join(", ", Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"@c{i}")));
        var uuids = string.Join(", ", Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"TRY_CONVERT(uniqueidentifier, @c{i})")));
        var tokenClause = FindTokenTemplate.Replace("{list}", list, StringComparison.Ordinal).Replace("{uuids}", uuids, StringComparison.Ordinal);
        return FindTemplate.Replace("{token}", tokenClause, StringComparison.Ordinal).Replace("{list}", list, StringComparison.Ordinal);
    }

    /// <summary>Every statement text this instance can send (the lookup with 1 and 4 candidates).</summary>
    public IEnumerable<(string Name, string Sql)> All()
    {
        yield return (nameof(SessionSetup), SessionSetup);
        yield return (nameof(Count), Count);
        yield return (nameof(ReadFirst), ReadFirst);
        yield return (nameof(ReadAfter), ReadAfter);
        yield return (nameof(ReadRow), ReadRow);
        yield return (nameof(CreateBatchTable), CreateBatchTable);
        yield return (nameof(Update), Update);
        yield return (nameof(ReadBack), ReadBack);
        yield return (nameof(CompareAndSwap), CompareAndSwap);
        yield return ("FindByStoredValues(1)", FindByStoredValues(1));
        yield return ("FindByStoredValues(4)", FindByStoredValues(4));
        yield return (nameof(DescribeColumns), DescribeColumns);
        yield return (nameof(KeyIsUnique), KeyIsUnique);
        yield return (nameof(Indexes), Indexes);
        yield return (nameof(TableCopies), TableCopies);
    }

    /// <summary>
    /// The statements for every combination the store can meet: with and without a schema, in-place and hash-column mode,
    /// character and uniqueidentifier token columns, and names that need escaping (<c>]</c>, spaces).
    /// </summary>
    public static IEnumerable<(string Variant, SqlServerStatements Statements)> AllVariants()
    {
        TableTarget[] targets =
        [
            TableTarget.Create("dbo", "accounts", "account_id", "api_token", null),
            TableTarget.Create(null, "accounts", "account_id", "api_token", "api_token_hash"),
            TableTarget.Create("tp$data", "user accounts", "id", "security-token", "token hash"),
        ];
        foreach (var target in targets)
        {
            foreach (var uuid in new[] { false, true })
            {
                yield return ($"{target.DisplayName}, hash column {target.HashColumn ?? "none"}, uuid token {uuid}",
                    new SqlServerStatements(target, uuid, TimeSpan.FromSeconds(30)));
            }
        }
    }
}
