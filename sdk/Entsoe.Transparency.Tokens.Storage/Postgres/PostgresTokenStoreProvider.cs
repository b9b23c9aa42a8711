using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>PostgreSQL through Npgsql.</summary>
public sealed class PostgresTokenStoreProvider : ITokenStoreProvider, ITokenLookupProvider
{
    // Npgsql's default for both socket buffers.
    private const int DefaultNpgsqlBufferSize = 8192;

    /// <inheritdoc/>
    public string Name => "postgres";

    /// <inheritdoc/>
    public SqlDialect Dialect => DoubleQuoteDialect.Instance;

    /// <inheritdoc/>
    public WriteCostProfile WriteCost => WriteCostProfile.RandomIndexInserts;

    /// <inheritdoc/>
    public IDriverErrors Errors => PostgresDriverErrors.Instance;

    /// <inheritdoc/>
    public IReadOnlyList<string> Residue { get; } =
    [
        "PostgreSQL dead tuples: every rewritten row leaves its old version (with the plaintext) in the table and its indexes "
            + "until VACUUM reclaims it; run `VACUUM (VERBOSE) <table>` after the migration (VACUUM FULL rewrites the file, "
            + "but the freed disk blocks are not wiped).",
        "PostgreSQL WAL: the write-ahead log, WAL archives, replicas and logical replication slots keep the old row versions "
            + "until they are recycled; expire archived WAL and base backups taken before the run.",
        "PostgreSQL server logs: with log_statement = 'all' or log_min_duration_statement, statements and their parameters "
            + "(the old tokens) may be logged; check postgresql.conf before the run and rotate the logs after it.",
    ];

    /// <inheritdoc/>
    public string DescribeConnection(string connectionString)
    {
        var builder = Parse(connectionString);
        return $"PostgreSQL host {builder.Host}:{builder.Port}, database {builder.Database ?? "(default)"}";
    }

    /// <inheritdoc/>
    public bool HasPassword(string connectionString) => !string.IsNullOrEmpty(Parse(connectionString).Password);

    /// <inheritdoc/>
    public IReadOnlyList<string> SecretsOf(string connectionString) =>
        ConnectionSecrets.PasswordOf(() => new NpgsqlConnectionStringBuilder(connectionString).Password);

    /// <inheritdoc/>
    public async Task<ITokenStore> OpenAsync(string connectionString, TableTarget target, StoreOpenOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var builder = Parse(connectionString);
        builder.ApplicationName ??= "entsoe-tokens";

        // Prepared statements: a batch runs the same few statements thousands of times.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 16;
        }

        // A batch's UPDATE carries about 120 KB of arrays and a read-ahead answer about 60 KB: buffers that hold them
        // whole send and receive each in a few system calls instead of 8 KB at a time (a 1M-row run spent about 0.1 s
        // less system CPU). About 200 KB per connection; values the connection string sets are kept.
        if (builder.WriteBufferSize == DefaultNpgsqlBufferSize)
        {
            builder.WriteBufferSize = 128 * 1024;
        }

        if (builder.ReadBufferSize == DefaultNpgsqlBufferSize)
        {
            builder.ReadBufferSize = 64 * 1024;
        }

        var where = $"{builder.Host}:{builder.Port}, database {builder.Database ?? "(default)"}";
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            var connection = await OpenConnectionAsync(dataSource, where, cancellationToken).ConfigureAwait(false);
            var store = new PostgresTokenStore(dataSource, connection, target, options, where);
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<ITokenLookup> OpenLookupAsync(string connectionString, TableTarget target, TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = Parse(connectionString);
        builder.ApplicationName ??= "entsoe-tokens-login";

        // Every request sends the same two statements: prepared once per physical connection of the pool.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 4;
        }

        // A pooled connection handed out again first resets its session state (Npgsql prepends the reset statements to the
        // next command), which the login harness measured at about as much again as the indexed lookup itself
        // (docs/benchmarks.md, "lookup statement alone"). The lookup's two statements change no
        // session state (no SET, no temporary table, no transaction left open; the lock timeout is a startup option), so
        // there is nothing to reset. The lookup owns this pool: no other code hands its connections a state to leak.
        builder.NoResetOnClose = true;

        // A row a migration batch holds is locked until the batch commits (milliseconds); never wait for long on it.
        var milliseconds = (long)Math.Clamp(lockTimeout.TotalMilliseconds, 1, int.MaxValue);
        builder.Options = string.Create(CultureInfo.InvariantCulture, $"{builder.Options} -c lock_timeout={milliseconds}").Trim();
        var where = $"{builder.Host}:{builder.Port}, database {builder.Database ?? "(default)"}";
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            return await PostgresTokenLookup.OpenAsync(dataSource, target, where, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens a connection, turning driver failures into a message that names host and database only.</summary>
    internal static async Task<NpgsqlConnection> OpenConnectionAsync(NpgsqlDataSource dataSource, string where, CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            throw new StoreConnectionException(ex.SqlState switch
            {
                "28P01" or "28000" => $"PostgreSQL at {where} refused the login (SQLSTATE {ex.SqlState}); check the user name and password in the connection string.",
                "3D000" => $"PostgreSQL at {where}: the database does not exist (SQLSTATE 3D000); check Database= in the connection string.",
                _ => $"PostgreSQL at {where} refused the connection (SQLSTATE {ex.SqlState}); check the connection string and the server's pg_hba.conf.",
            });
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StoreConnectionException(
                $"Could not reach PostgreSQL at {where}; check Host= and Port=, that the server is running and that it accepts TCP connections.");
        }
    }

    private static NpgsqlConnectionStringBuilder Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreConfigurationException(
                "The connection string is empty; give --connection-env <VAR> naming a variable that holds \"Host=...;Database=...;Username=...;Password=...\".");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrEmpty(builder.Host))
            {
                throw new StoreConfigurationException("The PostgreSQL connection string has no Host=; add Host=<server> (and Port=, Database=, Username=).");
            }

            return builder;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // The driver's message may quote the string (and a password in it): never pass it on.
            throw new StoreConfigurationException(
                "The PostgreSQL connection string does not parse; use the form \"Host=<server>;Port=5432;Database=<db>;Username=<user>;Password=<password>\".");
        }
    }
}
