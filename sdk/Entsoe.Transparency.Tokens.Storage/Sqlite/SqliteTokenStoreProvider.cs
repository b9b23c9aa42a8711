using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>SQLite through Microsoft.Data.Sqlite: the embedded default and the engine of <c>demo</c>.</summary>
public sealed class SqliteTokenStoreProvider : ITokenStoreProvider, ITokenLookupProvider
{
    /// <inheritdoc/>
    public string Name => "sqlite";

    /// <inheritdoc/>
    public SqlDialect Dialect => DoubleQuoteDialect.Instance;

    /// <inheritdoc/>
    public WriteCostProfile WriteCost => WriteCostProfile.IndexPagesRewrittenPerCommit;

    /// <inheritdoc/>
    public IDriverErrors Errors => SqliteDriverErrors.Instance;

    /// <summary>
    /// 20,000 rows. SQLite has no row locks (a write transaction holds the file's one write lock whatever its size), so
    /// the batch only has to be short enough that Ctrl+C and other writers never wait long (about 45 ms per batch on 1M
    /// rows, a few hundred with an index on the token column) and large enough to amortize the commit: measured in
    /// docs/benchmarks.md, where 20,000 is the largest size whose peak memory stays under 100 MB.
    /// </summary>
    public int DefaultBatchSize => 20_000;

    /// <inheritdoc/>
    public IReadOnlyList<string> Residue { get; } =
    [
        "SQLite free pages: the old plaintext stays in freed pages of the file; the migrator writes with PRAGMA secure_delete=ON "
            + "(freed content is zeroed), and `migrate --execute --vacuum` (or `VACUUM` afterwards) rebuilds the file.",
        "SQLite WAL: the -wal file holds page images with plaintext until a checkpoint; the migrator checkpoints with TRUNCATE "
            + "at the end of `--execute`. Copies of the database file (and of its -wal/-journal files) keep plaintext.",
    ];

    /// <inheritdoc/>
    public string DescribeConnection(string connectionString)
    {
        var builder = Parse(connectionString);
        return $"SQLite file {builder.DataSource}";
    }

    /// <inheritdoc/>
    public bool HasPassword(string connectionString) => !string.IsNullOrEmpty(Parse(connectionString).Password);

    /// <inheritdoc/>
    public IReadOnlyList<string> SecretsOf(string connectionString) =>
        ConnectionSecrets.PasswordOf(() => new SqliteConnectionStringBuilder(connectionString).Password);

    /// <inheritdoc/>
    public async Task<ITokenStore> OpenAsync(string connectionString, TableTarget target, StoreOpenOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var builder = Parse(connectionString);
        var isMemory = builder.Mode == SqliteOpenMode.Memory
            || string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal)
            || builder.DataSource.Length == 0;
        if (!isMemory && !File.Exists(builder.DataSource))
        {
            throw new StoreConnectionException(
                $"The SQLite database file '{builder.DataSource}' does not exist; check --connection (Data Source=<path>).");
        }

        // Never create a database by accident: a typo in the path must not produce an empty file that "migrates" fine.
        if (!isMemory)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        builder.Pooling = false;
        builder.DefaultTimeout = Math.Max(1, (int)options.LockTimeout.TotalSeconds);
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var store = new SqliteTokenStore(connection, target, options);
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreConnectionException(
                $"Could not open the SQLite database '{builder.DataSource}' (SQLite error {ex.SqliteErrorCode}); check the path, its permissions and that it is a SQLite file.",
                ex);
        }
    }

    /// <inheritdoc/>
    public Task<ITokenLookup> OpenLookupAsync(string connectionString, TableTarget target, TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = Parse(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal) || builder.DataSource.Length == 0)
        {
            // Every pooled connection would open a database of its own, empty.
            throw new StoreConfigurationException("A login path needs a SQLite database file; an in-memory database is private to one connection.");
        }

        if (!File.Exists(builder.DataSource))
        {
            throw new StoreConnectionException(
                $"The SQLite database file '{builder.DataSource}' does not exist; check the connection string (Data Source=<path>).");
        }

        // Pooled (one connection per request is then cheap), never creating the file, and waiting for a batch's write lock
        // at most lockTimeout.
        var dataSource = builder.DataSource;
        builder.Mode = SqliteOpenMode.ReadWrite;
        builder.Pooling = true;
        builder.DefaultTimeout = Math.Max(1, (int)Math.Ceiling(lockTimeout.TotalSeconds));
        return SqliteTokenLookup.OpenAsync(builder.ToString(), dataSource, target, cancellationToken);
    }

    private static SqliteConnectionStringBuilder Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreConfigurationException("The connection string is empty; give --connection \"Data Source=<path>\" or --connection-env <VAR>.");
        }

        try
        {
            return new SqliteConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new StoreConfigurationException("The SQLite connection string does not parse; use the form \"Data Source=<path>\".");
        }
    }
}
