using Npgsql;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The login path's lookup on PostgreSQL: one <see cref="NpgsqlDataSource"/> (Npgsql's thread-safe connection pool) and,
/// per call, a pooled connection held for one statement. The statements are auto-prepared on each physical connection.
/// </summary>
internal sealed class PostgresTokenLookup : ITokenLookup
{
    private readonly NpgsqlDataSource dataSource;
    private readonly PostgresStatements sql;
    private readonly string where;
    private readonly bool tokenIsUuid;

    private PostgresTokenLookup(NpgsqlDataSource dataSource, TableTarget target, string where, bool tokenIsUuid)
    {
        this.dataSource = dataSource;
        this.where = where;
        this.tokenIsUuid = tokenIsUuid;
        Target = target;
        sql = new PostgresStatements(target);
    }

    public TableTarget Target { get; }

    public static async Task<ITokenLookup> OpenAsync(NpgsqlDataSource dataSource, TableTarget target, string where, CancellationToken cancellationToken)
    {
        var statements = new PostgresStatements(target);
        var connection = await PostgresTokenStoreProvider.OpenConnectionAsync(dataSource, where, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using (var exists = new NpgsqlCommand(PostgresStatements.ResolveTable, connection))
            {
                exists.Parameters.AddWithValue("name", statements.QualifiedTable);
                if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
                {
                    throw new StoreConfigurationException($"The table {target.DisplayName} does not exist at {where}; check the schema and table names.");
                }
            }

            var isUuid = await PostgresLookupCommands.TokenColumnIsUuidAsync(connection, statements, target.TokenColumn, cancellationToken).ConfigureAwait(false);
            return new PostgresTokenLookup(dataSource, target, where, isUuid);
        }
    }

    public async Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var connection = await PostgresTokenStoreProvider.OpenConnectionAsync(dataSource, where, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = PostgresLookupCommands.Find(connection, sql, tokenIsUuid, candidates);
            return await PostgresLookupCommands.ReadRowsAsync(command, Target.UsesHashColumn, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newStoredValue);
        var connection = await PostgresTokenStoreProvider.OpenConnectionAsync(dataSource, where, cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = PostgresLookupCommands.CompareAndSwap(connection, sql, Target.UsesHashColumn, expected, newStoredValue);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public override string ToString() => $"PostgresTokenLookup({Target.DisplayName})";
}
