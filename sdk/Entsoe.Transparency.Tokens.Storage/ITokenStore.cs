namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Everything the commands need from one table in one database. One instance per command run, used from one thread
/// at a time; it owns its connection(s).
/// </summary>
/// <remarks>
/// <para>Guidance for implementers (each provider must pass <c>TokenStoreContractTests</c> in the test project):</para>
/// <list type="bullet">
/// <item>SQL is built only from <see cref="SqlDialect.Quote"/>/<see cref="SqlDialect.QualifiedTable"/> and parameters;
/// never concatenate a value or an unquoted name. Prepare each statement once per store and rebind parameters.</item>
/// <item>Be fast: a batch is one round trip for the read and one (or a few) for the write, never one per row. Use set-based
/// forms (SQLite: <c>json_each</c>/prepared statements; PostgreSQL: <c>unnest</c> arrays or binary COPY into a temp table;
/// SQL Server: a table-valued parameter or SqlBulkCopy into a temp table, then <c>UPDATE ... FROM</c> join).</item>
/// <item>Keyset order is the database's own ORDER BY on the key column, and the "after" comparison must use the same
/// collation, so a text-key run visits every row exactly once.</item>
/// <item>In <c>--hash-column</c> mode (<see cref="TableTarget.HashColumn"/> not null) a write sets the hash column to the new
/// value and the token column to NULL in the same UPDATE; the guard is <c>token = @old AND hash IS NULL</c>.</item>
/// <item>Never put a value read from or written to the table in an exception message, a log line or <c>ToString()</c>.
/// Wrap driver exceptions that happen while connecting in <see cref="StoreConnectionException"/> with a message
/// naming host and database at most. Honour the <see cref="CancellationToken"/> between statements, never leaving a
/// transaction open: cancellation before commit rolls the batch back.</item>
/// </list>
/// </remarks>
public interface ITokenStore : IAsyncDisposable
{
    /// <summary>The table and columns this store works on.</summary>
    TableTarget Target { get; }

    /// <summary>
    /// Describes the table for preflight: whether it exists, the key, token and hash columns (type, width, nullability)
    /// and whether the key is unique. Read only; never throws for a missing table or column (reports it instead).
    /// </summary>
    Task<TableDescription> DescribeAsync(CancellationToken cancellationToken);

    /// <summary>Counts the table's rows (for progress and ETA). Read only. An exact count is preferred; a fast exact count is fine.</summary>
    Task<long> CountRowsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Keyset read: appends to <paramref name="destination"/> at most <paramref name="limit"/> rows with
    /// <c>key &gt; <paramref name="after"/></c> (every row when <paramref name="after"/> is null) in ascending key order,
    /// and returns how many it appended. Read only: it takes no write lock and starts no write transaction.
    /// </summary>
    /// <param name="keyKind">The key column's kind (from <see cref="DescribeAsync"/>), so the key can be read without probing.</param>
    /// <param name="after">The last key of the previous batch, or null for the first batch.</param>
    /// <param name="limit">The batch size.</param>
    /// <param name="destination">Receives the rows; the caller clears and reuses it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<int> ReadBatchAsync(KeyKind keyKind, RowKey? after, int limit, List<StoredRow> destination, CancellationToken cancellationToken);

    /// <summary>
    /// Applies one batch of compare-and-swap writes in ONE transaction:
    /// <c>UPDATE ... SET token = new WHERE key = k AND token = old</c> for every update (in-place mode), or
    /// <c>SET hash = new, token = NULL WHERE key = k AND token = old AND hash IS NULL</c> (hash-column mode); then, inside
    /// the same transaction, reads back the batch's rows and checks that every written row holds its new value
    /// (hash-column mode: hash = new and token IS NULL), that every skipped row no longer holds its old value, and that the
    /// database's affected-row count equals the number of written rows. <see cref="BatchReadBack"/> implements the
    /// check. On any mismatch it rolls back and throws <see cref="ReadBackMismatchException"/>; otherwise it
    /// commits and returns the count written and the keys skipped because they changed concurrently.
    /// </summary>
    /// <param name="updates">The writes, in ascending key order, keys unique; never empty.</param>
    /// <param name="cancellationToken">Cancels before commit (the transaction is then rolled back).</param>
    Task<BatchWriteResult> ApplyBatchAsync(IReadOnlyList<RowUpdate> updates, CancellationToken cancellationToken);

    /// <summary>
    /// Indexed lookup for <c>token check</c>: the rows whose token column (or, in hash-column mode, token or hash column)
    /// equals one of <paramref name="candidates"/> exactly, e.g. <c>WHERE token IN (@c0, @c1, ...)</c>. At most a few
    /// candidates (one per key id, plus the legacy plaintext forms).
    /// </summary>
    Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken);

    /// <summary>Reads one row by key (for <c>token issue</c> and <c>verify --known</c>); null when there is no such row.</summary>
    Task<StoredRow?> ReadRowAsync(RowKey key, CancellationToken cancellationToken);

    /// <summary>
    /// The "Generate and overwrite" write for <c>token issue</c>: one compare-and-swap UPDATE of row
    /// <paramref name="expected"/>.<see cref="StoredRow.Key"/>, guarded by the exact values read
    /// (<c>token IS NOT DISTINCT FROM @oldToken</c>, and in hash-column mode <c>hash IS NOT DISTINCT FROM @oldHash</c>),
    /// writing <paramref name="newStoredValue"/> (hash-column mode: hash = new, token = NULL). Returns false, writing
    /// nothing, when the row changed since it was read (two clicks raced) or no longer exists.
    /// </summary>
    Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken);
}
