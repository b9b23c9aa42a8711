namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The login path's lookup on SQL Server: SqlClient's connection pool, one pooled connection per call. The statements are
/// the store's own (parsed by ScriptDom in the tests); a statement that waits for a migration batch's row lock gives up
/// after the lock timeout (its command timeout), and a failed rehash is simply tried again at the next login.
/// </summary>
internal sealed class SqlServerTokenLookup : ITokenLookup
{
    private readonly string connectionString;
    private readonly string where;
    private readonly SqlServerStatements sql;
    private readonly SqlServerColumnTypes types;
    private readonly int commandTimeoutSeconds;

    public SqlServerTokenLookup(string connectionString, string where, TableTarget target, SqlServerColumnTypes types, TimeSpan lockTimeout)
    {
        this.connectionString = connectionString;
        this.where = where;
        this.types = types;
        Target = target;
        sql = new SqlServerStatements(target, types.TokenIsUuid, lockTimeout);
        commandTimeoutSeconds = Math.Max(1, (int)Math.Ceiling(lockTimeout.TotalSeconds));
    }

    public TableTarget Target { get; }

    public async Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var connection = await SqlServerTokenStoreProvider.OpenConnectionAsync(connectionString, where, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlServerLookupCommands.Find(connection, sql, types, candidates);
            command.CommandTimeout = commandTimeoutSeconds;
            return await SqlServerLookupCommands.ReadRowsAsync(command, types.KeyKind, Target.UsesHashColumn, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newStoredValue);
        var connection = await SqlServerTokenStoreProvider.OpenConnectionAsync(connectionString, where, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = SqlServerLookupCommands.CompareAndSwap(connection, sql, types, Target.UsesHashColumn, expected, newStoredValue);
            command.CommandTimeout = commandTimeoutSeconds;
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public override string ToString() => $"SqlServerTokenLookup({Target.DisplayName})";
}
