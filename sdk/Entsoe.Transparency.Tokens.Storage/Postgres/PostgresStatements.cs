namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Every statement text the PostgreSQL store sends for one table, built once from quoted names. Values always travel as
/// parameters; keys as <c>bigint</c>/<c>text</c> arrays, tokens as <c>text</c> arrays.
/// </summary>
/// <remarks>
/// Token and hash columns are compared and read as <c>::text</c>, so a <c>uuid</c> token column (hash-column mode) and
/// <c>char(n)</c> columns behave like text. The key column is never cast in a WHERE clause, so its index is used.
/// </remarks>
internal sealed class PostgresStatements
{
    public PostgresStatements(TableTarget target)
    {
        var (table, key, token, hash) = QuotedTarget.Of(target, DoubleQuoteDialect.Instance);
        var select = hash is null ? $"{key}, {token}::text" : $"{key}, {token}::text, {hash}::text";

        QualifiedTable = table;
        Count = $"SELECT count(*) FROM {table}";
        ReadFirst = $"SELECT {select} FROM {table} ORDER BY {key} LIMIT @limit";
        ReadAfter = $"SELECT {select} FROM {table} WHERE {key} > @after ORDER BY {key} LIMIT @limit";
        ReadRow = $"SELECT {select} FROM {table} WHERE {key} = @key";

        // One statement per batch: the arrays are joined to the table by key, the compare-and-swap guard skips any row
        // that no longer holds the value read, and RETURNING reads back, from each row version the UPDATE produced (after
        // any BEFORE trigger), whether it holds the expected new state. The answer is one row: how many rows were
        // written, the written keys that do not hold their new state, and the keys that were not written (both normally
        // empty), so the client parses three values instead of a row per key. The key set difference runs only when the
        // count says a key is missing: keys are unique (preflight), so equal counts mean every key was written.
        string Write(string keyRange) => hash is null
            ? $"UPDATE {table} AS t SET {token} = u.n FROM unnest(@keys, @old, @new) AS u(k, o, n) "
                + $"WHERE {keyRange}t.{key} = u.k AND t.{token}::text = u.o "
                + $"RETURNING u.k, t.{token}::text IS NOT DISTINCT FROM u.n AS ok"
            : $"UPDATE {table} AS t SET {hash} = u.n, {token} = NULL FROM unnest(@keys, @old, @new) AS u(k, o, n) "
                + $"WHERE {keyRange}t.{key} = u.k AND t.{token}::text = u.o AND t.{hash} IS NULL "
                + $"RETURNING u.k, t.{hash}::text IS NOT DISTINCT FROM u.n AND t.{token} IS NULL AS ok";
        static string Answer(string write) =>
            $"WITH w AS ({write}), c AS (SELECT count(*) AS c FROM w) SELECT (SELECT c FROM c), ARRAY(SELECT k FROM w WHERE NOT ok), "
            + "CASE WHEN (SELECT c FROM c) = cardinality(@keys) THEN NULL ELSE ARRAY(SELECT x FROM unnest(@keys) AS x EXCEPT SELECT k FROM w) END";
        Update = Answer(Write(string.Empty));

        // The same with the batch's key range spelled out (integer keys, whose order the client knows): the planner then
        // reads the range once and merges it with the batch (see RangeBatchSettings) instead of descending the key index
        // once per row. The join by key still decides which rows are written.
        UpdateInKeyRange = Answer(Write($"t.{key} BETWEEN @low AND @high AND "));

        // Rows the UPDATE did not write (normally none) are read again in the same transaction, so the caller can tell a
        // row changed by someone else from a row that still holds its old value.
        ReadRows = $"SELECT {select} FROM {table} WHERE {key} = ANY(@keys)";

        FindByStoredValues = hash is null
            ? $"SELECT {select} FROM {table} WHERE {token} = ANY(@candidates) ORDER BY {key}"
            : $"SELECT {select} FROM {table} WHERE {token} = ANY(@candidates) OR {hash} = ANY(@candidates) ORDER BY {key}";

        // A uuid token column cannot be compared with text candidates without losing its index: search it with the
        // UUID-shaped candidates as uuid[] instead.
        FindByStoredValuesUuidToken = hash is null
            ? $"SELECT {select} FROM {table} WHERE {token} = ANY(@uuids) ORDER BY {key}"
            : $"SELECT {select} FROM {table} WHERE {token} = ANY(@uuids) OR {hash} = ANY(@candidates) ORDER BY {key}";

        CompareAndSwap = hash is null
            ? $"UPDATE {table} SET {token} = @new WHERE {key} = @key AND {token}::text IS NOT DISTINCT FROM @oldToken"
            : $"UPDATE {table} SET {hash} = @new, {token} = NULL WHERE {key} = @key "
                + $"AND {token}::text IS NOT DISTINCT FROM @oldToken AND {hash}::text IS NOT DISTINCT FROM @oldHash";
    }

    /// <summary>Resolves a (quoted, possibly qualified) table name through the search path.</summary>
    public const string ResolveTable =
        "SELECT n.nspname, c.relname FROM pg_catalog.pg_class AS c JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace "
        + "WHERE c.oid = pg_catalog.to_regclass(@name)";

    /// <summary>The columns of a table, from information_schema (NULL maximum length: unbounded).</summary>
    public const string DescribeColumns =
        "SELECT column_name::text, data_type::text, character_maximum_length::int, is_nullable::text, udt_name::text "
        + "FROM information_schema.columns WHERE table_schema = @schema AND table_name = @table";

    private const string IndexesFrom =
        "FROM pg_catalog.pg_index AS i JOIN pg_catalog.pg_class AS ic ON ic.oid = i.indexrelid "
        + "CROSS JOIN LATERAL pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY AS k(attnum, position) "
        + "LEFT JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0 "
        + "WHERE i.indrelid = pg_catalog.to_regclass(@name) AND k.position <= i.indnkeyatts "
        + "ORDER BY ic.relname, k.position";

    /// <summary>True when a unique, non-partial index (or the primary key) covers exactly the key column.</summary>
    public const string KeyIsUnique =
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_index AS i "
        + "JOIN pg_catalog.pg_attribute AS a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
        + "WHERE i.indrelid = pg_catalog.to_regclass(@name) AND i.indisunique AND i.indnkeyatts = 1 "
        + "AND i.indpred IS NULL AND i.indexprs IS NULL AND a.attname = @key)";

    /// <summary>
    /// The table's indexes (primary key and unique constraints included): one row per key column in order, the column
    /// name NULL for an expression, then whether the index is unique, whether NULLs are distinct and whether it is
    /// partial. <c>indnullsnotdistinct</c> exists from PostgreSQL 15 (<see cref="IndexesBefore15"/> before).
    /// </summary>
    public const string Indexes =
        "SELECT ic.relname, a.attname, i.indisunique, NOT i.indnullsnotdistinct, i.indpred IS NOT NULL " + IndexesFrom;

    /// <summary><see cref="Indexes"/> for PostgreSQL 11 to 14, where NULLs are always distinct.</summary>
    public const string IndexesBefore15 =
        "SELECT ic.relname, a.attname, i.indisunique, true, i.indpred IS NOT NULL " + IndexesFrom;

    /// <summary>The table's own triggers and the logical replication publications that include it: kind, name.</summary>
    public const string TableCopies =
        "SELECT 'trigger', t.tgname::text FROM pg_catalog.pg_trigger AS t WHERE t.tgrelid = pg_catalog.to_regclass(@name) AND NOT t.tgisinternal "
        + "UNION ALL SELECT 'publication', p.pubname::text FROM pg_catalog.pg_publication_tables AS p WHERE p.schemaname = @schema AND p.tablename = @table "
        + "ORDER BY 1, 2";

    /// <summary>The data type of one column, to know whether the token column is <c>uuid</c>.</summary>
    public const string ColumnType =
        "SELECT a.atttypid::regtype::text FROM pg_catalog.pg_attribute AS a "
        + "WHERE a.attrelid = pg_catalog.to_regclass(@name) AND a.attname = @column AND NOT a.attisdropped";

    /// <summary>
    /// The equal-frequency bounds of the key column, whole-hierarchy statistics first (a migration of a parent table also
    /// rewrites its children's rows).
    /// </summary>
    public const string KeyHistogram =
        "SELECT histogram_bounds::text::bigint[] FROM pg_catalog.pg_stats "
        + "WHERE schemaname = @schema AND tablename = @table AND attname = @key ORDER BY inherited DESC LIMIT 1";

    /// <summary>Asynchronous commit for the current (batch) transaction only.</summary>
    public const string AsynchronousCommit = "SET LOCAL synchronous_commit = off";

    /// <summary>
    /// <see cref="AsynchronousCommit"/> plus, for <see cref="UpdateInKeyRange"/>, no nested loop joins and one generic
    /// plan, all for the current (batch) transaction only. The prepared statement's plan then reads the key range once
    /// and merges it with the batch (a nested loop would descend the key index once per row), and it is planned once
    /// instead of for every batch. One row, one column: the number of settings made.
    /// </summary>
    public const string RangeBatchSettings =
        "SELECT count(pg_catalog.set_config(s.name, s.value, true)) FROM (VALUES ('synchronous_commit', 'off'), "
        + "('enable_nestloop', 'off'), ('plan_cache_mode', 'force_generic_plan')) AS s(name, value)";

    /// <summary>
    /// <see cref="RangeBatchSettings"/> for servers before PostgreSQL 12, which have no <c>plan_cache_mode</c>: the
    /// statement is then planned for each batch.
    /// </summary>
    public const string RangeBatchSettingsBefore12 =
        "SELECT count(pg_catalog.set_config(s.name, s.value, true)) FROM (VALUES ('synchronous_commit', 'off'), "
        + "('enable_nestloop', 'off')) AS s(name, value)";

    /// <summary>A synchronous commit of a transaction with an id: returns once the WAL up to it is flushed.</summary>
    public const string DurabilityBarrier = "SELECT pg_catalog.txid_current()";

    /// <summary>Session setting for read-only commands: every transaction is read only.</summary>
    public const string ReadOnlySession = "SELECT pg_catalog.set_config('default_transaction_read_only', 'on', false)";

    /// <summary>Session setting: how long a statement waits for a row lock before failing.</summary>
    public const string SetLockTimeout = "SELECT pg_catalog.set_config('lock_timeout', @value, false)";

    public string QualifiedTable { get; }

    public string Count { get; }

    public string ReadFirst { get; }

    public string ReadAfter { get; }

    public string ReadRow { get; }

    public string Update { get; }

    /// <summary><see cref="Update"/> for integer keys, with the batch's smallest and largest key as <c>@low</c> and <c>@high</c>.</summary>
    public string UpdateInKeyRange { get; }

    public string ReadRows { get; }

    public string FindByStoredValues { get; }

    public string FindByStoredValuesUuidToken { get; }

    public string CompareAndSwap { get; }
}
