namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Opens stores on one table of one database: a provider, its connection string and the table, resolved once. Each
/// <see cref="OpenAsync"/> returns a new store with connections of its own (a second writer, a request's lookup).
/// </summary>
/// <remarks><see cref="ToString"/> names the engine and the table, never the connection string.</remarks>
public sealed class TokenStoreFactory
{
    private readonly string connectionString;

    /// <summary>Creates the factory; nothing is opened yet.</summary>
    public TokenStoreFactory(ITokenStoreProvider provider, string connectionString, TableTarget target)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(target);
        Provider = provider;
        this.connectionString = connectionString;
        Target = target;
    }

    /// <summary>The engine.</summary>
    public ITokenStoreProvider Provider { get; }

    /// <summary>The table and columns every store works on.</summary>
    public TableTarget Target { get; }

    /// <summary>Connects and returns a new store (see <see cref="ITokenStoreProvider.OpenAsync"/>).</summary>
    /// <exception cref="StoreConnectionException">The server is unreachable or refused the login.</exception>
    /// <exception cref="StoreConfigurationException">The connection string is invalid.</exception>
    public Task<ITokenStore> OpenAsync(StoreOpenOptions options, CancellationToken cancellationToken) =>
        Provider.OpenAsync(connectionString, Target, options, cancellationToken);

    /// <summary>
    /// Opens a thread-safe lookup for a login path (see <see cref="ITokenLookupProvider.OpenLookupAsync"/>) on the same table.
    /// </summary>
    /// <exception cref="StoreConfigurationException">The engine cannot serve a login path, or its settings are invalid.</exception>
    /// <exception cref="StoreConnectionException">The server is unreachable or refused the login.</exception>
    public Task<ITokenLookup> OpenLookupAsync(TimeSpan lockTimeout, CancellationToken cancellationToken) =>
        Provider is ITokenLookupProvider lookups
            ? lookups.OpenLookupAsync(connectionString, Target, lockTimeout, cancellationToken)
            : throw new StoreConfigurationException($"The {Provider.Name} provider cannot serve a login path (it has no ITokenLookupProvider).");

    /// <summary>The engine and the table, never the connection string.</summary>
    public override string ToString() => $"TokenStoreFactory({Provider.Name}, {Target.DisplayName})";
}
