namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>An engine that can serve a login path: it opens a thread-safe, pooled <see cref="ITokenLookup"/> on one table.</summary>
public interface ITokenLookupProvider
{
    /// <summary>
    /// Returns a lookup on <paramref name="target"/> after checking that the database is reachable and reading what the
    /// statements need to know about the table's columns (key and token column types).
    /// </summary>
    /// <param name="connectionString">The engine's connection string; never repeated in a message.</param>
    /// <param name="target">The table and columns.</param>
    /// <param name="lockTimeout">How long one statement may wait for a row lock (a migration batch holding the row) before failing.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <exception cref="StoreConnectionException">The server is unreachable or refused the login.</exception>
    /// <exception cref="StoreConfigurationException">The connection string is invalid or the table does not exist.</exception>
    Task<ITokenLookup> OpenLookupAsync(string connectionString, TableTarget target, TimeSpan lockTimeout, CancellationToken cancellationToken);
}
