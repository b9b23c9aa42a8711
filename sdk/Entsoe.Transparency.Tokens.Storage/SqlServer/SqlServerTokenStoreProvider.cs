using Microsoft.Data.SqlClient;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>SQL Server through Microsoft.Data.SqlClient.</summary>
public sealed class SqlServerTokenStoreProvider : ITokenStoreProvider, ITokenLookupProvider
{
    private readonly TimeProvider timeProvider;

    /// <summary>A provider using the system clock for retry delays.</summary>
    public SqlServerTokenStoreProvider()
        : this(TimeProvider.System)
    {
    }

    /// <summary>A provider using <paramref name="timeProvider"/> for retry delays.</summary>
    public SqlServerTokenStoreProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.timeProvider = timeProvider;
    }

    /// <inheritdoc/>
    public string Name => "sqlserver";

    /// <inheritdoc/>
    public SqlDialect Dialect => BracketDialect.Instance;

    /// <inheritdoc/>
    public WriteCostProfile WriteCost => WriteCostProfile.RandomIndexInserts;

    /// <inheritdoc/>
    public IDriverErrors Errors => SqlServerDriverErrors.Instance;

    /// <inheritdoc/>
    public IReadOnlyList<string> Residue { get; } =
    [
        "SQL Server transaction log: every batch logs the old value; take a log backup and let the log truncate, and expire "
            + "log backups taken before and during the run (they hold plaintext).",
        "SQL Server ghost records and freed pages keep old values until the ghost cleanup and page reuse; run "
            + "`EXEC sp_clean_db_free_space @dbname = N'<db>'` after the migration.",
        "SQL Server temporal history tables, change data capture (CDC), change tracking and replication/Always On "
            + "secondaries copy the old rows: purge the history/CDC rows for the token column and let replicas catch up.",
    ];

    /// <inheritdoc/>
    public string DescribeConnection(string connectionString)
    {
        var builder = Parse(connectionString);
        return $"SQL Server {builder.DataSource}, database {(builder.InitialCatalog.Length == 0 ? "(default)" : builder.InitialCatalog)}";
    }

    /// <inheritdoc/>
    public bool HasPassword(string connectionString) => !string.IsNullOrEmpty(Parse(connectionString).Password);

    /// <inheritdoc/>
    public IReadOnlyList<string> SecretsOf(string connectionString) =>
        ConnectionSecrets.PasswordOf(() => new SqlConnectionStringBuilder(connectionString).Password);

    /// <inheritdoc/>
    public async Task<ITokenStore> OpenAsync(string connectionString, TableTarget target, StoreOpenOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var builder = Parse(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName) || builder.ApplicationName == new SqlConnectionStringBuilder().ApplicationName)
        {
            builder.ApplicationName = "entsoe-tokens";
        }

        var connection = await OpenConnectionAsync(builder.ConnectionString, DescribeConnection(connectionString), cancellationToken).ConfigureAwait(false);
        try
        {
            var store = new SqlServerTokenStore(connection, target, options, new SqlServerLockRetry(timeProvider));
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<ITokenLookup> OpenLookupAsync(string connectionString, TableTarget target, TimeSpan lockTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var builder = Parse(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName) || builder.ApplicationName == new SqlConnectionStringBuilder().ApplicationName)
        {
            builder.ApplicationName = "entsoe-tokens-login";
        }

        // SqlClient pools connections per connection string; each call of the lookup takes one for one statement.
        builder.Pooling = true;
        var where = DescribeConnection(connectionString);
        var connection = await OpenConnectionAsync(builder.ConnectionString, where, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var statements = new SqlServerStatements(target, tokenIsUuid: false, lockTimeout);
            var description = await SqlServerSchemaReader.DescribeAsync(connection, statements, target, cancellationToken).ConfigureAwait(false);
            if (!description.TableExists)
            {
                throw new StoreConfigurationException($"The table {target.DisplayName} does not exist at {where}; check the schema and table names.");
            }

            var types = SqlServerColumnTypes.From(description.Key, description.Token, description.Hash);
            return new SqlServerTokenLookup(builder.ConnectionString, where, target, types, lockTimeout);
        }
    }

    /// <summary>Opens a connection, turning driver failures into a message that names server and database only.</summary>
    internal static async Task<SqlConnection> OpenConnectionAsync(string connectionString, string where, CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (SqlException ex)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreConnectionException(ex.Number switch
            {
                18456 => $"{where} refused the login (error 18456); check User ID and Password, or use Integrated Security.",
                4060 => $"{where}: cannot open the database (error 4060); check Initial Catalog and the login's access to it.",
                _ => $"Could not reach {where} (error {ex.Number}); check Server=, the port, that TCP is enabled and the firewall.",
            });
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreConnectionException($"Could not reach {where}; check Server= and the network.");
        }
    }

    private static SqlConnectionStringBuilder Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StoreConfigurationException(
                "The connection string is empty; give --connection-env <VAR> naming a variable that holds \"Server=...;Database=...;User ID=...;Password=...\".");
        }

        try
        {
            var builder = new SqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrEmpty(builder.DataSource))
            {
                throw new StoreConfigurationException("The SQL Server connection string has no Server=; add Server=<host>[,port] and Database=<db>.");
            }

            return builder;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // The driver's message may quote the string (and a password in it): never pass it on.
            throw new StoreConfigurationException(
                "The SQL Server connection string does not parse; use the form \"Server=<host>;Database=<db>;User ID=<user>;Password=<password>;Encrypt=True\".");
        }
    }
}
