namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// One database engine: opens stores and knows the engine's facts (residue, connection-string details). Registered in
/// <see cref="TokenStoreProviders"/>.
/// </summary>
public interface ITokenStoreProvider
{
    /// <summary>The <c>--provider</c> value: <c>sqlite</c>, <c>postgres</c> or <c>sqlserver</c>.</summary>
    string Name { get; }

    /// <summary>The quoting rules of this engine.</summary>
    SqlDialect Dialect { get; }

    /// <summary>
    /// What hashing cannot erase on this engine (the residue list of docs/design.md), one sentence per item, each saying what to do about it.
    /// Printed by <c>plan</c>. The items common to every engine are added by the caller.
    /// </summary>
    IReadOnlyList<string> Residue { get; }

    /// <summary>What an index on the hashed column costs this engine's writes (for <c>plan</c>'s estimate).</summary>
    WriteCostProfile WriteCost { get; }

    /// <summary>How this engine's driver reports the errors that need their own message.</summary>
    IDriverErrors Errors { get; }

    /// <summary>
    /// Rows per batch (one transaction each) when the caller gives none: 1,000 unless the engine says otherwise. The
    /// 1,000 keeps SQL Server under its 5,000-lock escalation; an engine without row locks can amortize its commit over
    /// more rows.
    /// </summary>
    int DefaultBatchSize => 1000;

    /// <summary>
    /// Validates <paramref name="connectionString"/> without connecting.
    /// </summary>
    /// <returns>A description safe to print (e.g. <c>host db.example:5432, database tp</c>), never holding a password.</returns>
    /// <exception cref="StoreConfigurationException">The string does not parse; the message never repeats it.</exception>
    string DescribeConnection(string connectionString);

    /// <summary>True when <paramref name="connectionString"/> contains a password (the CLI warns when it came on the command line).</summary>
    bool HasPassword(string connectionString);

    /// <summary>
    /// The secret parts of <paramref name="connectionString"/> (passwords, access tokens) that must be redacted from any
    /// message, e.g. a driver exception's text. Empty when there are none.
    /// </summary>
    IReadOnlyList<string> SecretsOf(string connectionString);

    /// <summary>Connects and returns a store for <paramref name="target"/>. Does not check the table (that is <see cref="ITokenStore.DescribeAsync"/>).</summary>
    /// <exception cref="StoreConnectionException">The server is unreachable or refused the login.</exception>
    /// <exception cref="StoreConfigurationException">The connection string is invalid.</exception>
    Task<ITokenStore> OpenAsync(string connectionString, TableTarget target, StoreOpenOptions options, CancellationToken cancellationToken);
}
