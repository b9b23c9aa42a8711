using System.Data;
using System.Globalization;
using Microsoft.Data.SqlClient;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The SQL Server store. A batch is bulk-copied into the session's <c>#entsoe_batch</c> temp table and written by ONE
/// <c>UPDATE ... FROM</c> join with the compare-and-swap guard, then read back, all in one transaction under
/// <c>SET XACT_ABORT ON</c> and a lock timeout; a lock timeout (1222) or deadlock (1205) reruns the whole batch a few times.
/// </summary>
internal sealed class SqlServerTokenStore : ITokenStore
{
    private readonly SqlConnection connection;
    private readonly StoreOpenOptions options;
    private readonly SqlServerLockRetry retry;
    private SqlServerStatements sql;
    private SqlServerColumnTypes? types;
    private SqlServerBatchTable? batchTable;

    public SqlServerTokenStore(SqlConnection connection, TableTarget target, StoreOpenOptions options, SqlServerLockRetry retry)
    {
        this.connection = connection;
        this.options = options;
        this.retry = retry;
        Target = target;
        sql = new SqlServerStatements(target, tokenIsUuid: false, options.LockTimeout);
    }

    public TableTarget Target { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        using var command = new SqlCommand(sql.SessionSetup, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<TableDescription> DescribeAsync(CancellationToken cancellationToken)
    {
        var description = await SqlServerSchemaReader.DescribeAsync(connection, sql, Target, cancellationToken).ConfigureAwait(false);
        if (description.TableExists)
        {
            Adopt(SqlServerColumnTypes.From(description.Key, description.Token, description.Hash));
        }

        return description;
    }

    public async Task<long> CountRowsAsync(CancellationToken cancellationToken)
    {
        using var command = new SqlCommand(sql.Count, connection) { CommandTimeout = 0 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    public async Task<int> ReadBatchAsync(KeyKind keyKind, RowKey? after, int limit, List<StoredRow> destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var columnTypes = await TypesAsync(cancellationToken).ConfigureAwait(false);
        using var command = new SqlCommand(after is null ? sql.ReadFirst : sql.ReadAfter, connection);
        command.Parameters.Add(new SqlParameter("@limit", SqlDbType.Int) { Value = limit });
        if (after is { } last)
        {
            command.Parameters.Add(KeyParameter("@after", last, columnTypes));
        }

        var count = 0;
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                destination.Add(ReadRow(reader, keyKind));
                count++;
            }
        }

        return count;
    }

    public async Task<BatchWriteResult> ApplyBatchAsync(IReadOnlyList<RowUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return new BatchWriteResult(0, []);
        }

        var columnTypes = await TypesAsync(cancellationToken).ConfigureAwait(false);
        batchTable ??= new SqlServerBatchTable(columnTypes.KeyKind, columnTypes.TokenIsUuid);
        batchTable.Fill(updates);
        return await retry.RunAsync(ct => ApplyOnceAsync(updates, columnTypes.KeyKind, ct), ex => (ex as SqlException)?.Number, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<StoredRow>> FindByStoredValuesAsync(IReadOnlyList<string> candidates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var columnTypes = await TypesAsync(cancellationToken).ConfigureAwait(false);
        using var command = SqlServerLookupCommands.Find(connection, sql, columnTypes, candidates);
        return await SqlServerLookupCommands.ReadRowsAsync(command, columnTypes.KeyKind, Target.UsesHashColumn, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredRow?> ReadRowAsync(RowKey key, CancellationToken cancellationToken)
    {
        var columnTypes = await TypesAsync(cancellationToken).ConfigureAwait(false);
        using var command = new SqlCommand(sql.ReadRow, connection);
        command.Parameters.Add(KeyParameter("@key", key, columnTypes));
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadRow(reader, columnTypes.KeyKind) : null;
        }
    }

    public async Task<bool> CompareAndSwapAsync(StoredRow expected, string newStoredValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newStoredValue);
        var columnTypes = await TypesAsync(cancellationToken).ConfigureAwait(false);
        using var command = SqlServerLookupCommands.CompareAndSwap(connection, sql, columnTypes, Target.UsesHashColumn, expected, newStoredValue);
        return await retry.RunAsync(
            async ct => await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1,
            ex => (ex as SqlException)?.Number,
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        batchTable?.Dispose();
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>The parameters of <see cref="SqlServerStatements.CompareAndSwap"/>, typed like the columns.</summary>
    internal static IReadOnlyList<SqlParameter> CompareAndSwapParameters(StoredRow expected, string newStoredValue, SqlServerColumnTypes types, bool hashColumn)
    {
        var parameters = new List<SqlParameter>
        {
            TextParameter("@new", hashColumn ? types.HashType : types.TokenType, newStoredValue),
            KeyParameter("@key", expected.Key, types),
            TextParameter("@oldToken", types.TokenIsUuid ? SqlDbType.NVarChar : types.TokenType, expected.Token),
        };
        if (hashColumn)
        {
            parameters.Add(TextParameter("@oldHash", types.HashType, expected.Hash));
        }

        return parameters;
    }

    /// <summary>A key parameter in the key column's own type (bigint, or varchar/nvarchar of the column's length).</summary>
    internal static SqlParameter KeyParameter(string name, RowKey key, SqlServerColumnTypes types) =>
        key.IsText
            ? new SqlParameter(name, types.KeyType, types.KeySize > 0 ? types.KeySize : -1) { Value = key.Text }
            : new SqlParameter(name, SqlDbType.BigInt) { Value = key.Integer };

    private static SqlParameter TextParameter(string name, SqlDbType type, string? value) =>
        new(name, type, type == SqlDbType.VarChar ? 8000 : 4000) { Value = (object?)value ?? DBNull.Value };

    private static StoredRow ReadRow(SqlDataReader reader, KeyKind keyKind, bool hashColumn) => SqlServerLookupCommands.ReadRow(reader, keyKind, hashColumn);

    private StoredRow ReadRow(SqlDataReader reader, KeyKind keyKind) => ReadRow(reader, keyKind, Target.UsesHashColumn);

    private async Task<SqlServerColumnTypes> TypesAsync(CancellationToken cancellationToken)
    {
        if (types is null)
        {
            await DescribeAsync(cancellationToken).ConfigureAwait(false);
        }

        return types!;
    }

    private void Adopt(SqlServerColumnTypes described)
    {
        if (types != described)
        {
            types = described;
            sql = new SqlServerStatements(Target, described.TokenIsUuid, options.LockTimeout);
            batchTable?.Dispose();
            batchTable = null;
        }
    }

    private async Task<BatchWriteResult> ApplyOnceAsync(IReadOnlyList<RowUpdate> updates, KeyKind keyKind, CancellationToken cancellationToken)
    {
        var transaction = (SqlTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            try
            {
                using (var create = new SqlCommand(sql.CreateBatchTable, connection, transaction))
                {
                    await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                using (var copy = SqlServerBatchTable.CreateBulkCopy(connection, transaction))
                {
                    await copy.WriteToServerAsync(batchTable!.Table, cancellationToken).ConfigureAwait(false);
                }

                int affected;
                using (var update = new SqlCommand(sql.Update, connection, transaction) { CommandTimeout = 0 })
                {
                    affected = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                var deviating = new List<StoredRow>();
                using (var readBack = new SqlCommand(sql.ReadBack, connection, transaction) { CommandTimeout = 0 })
                {
                    var reader = await readBack.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            deviating.Add(ReadRow(reader, keyKind));
                        }
                    }
                }

                var result = BatchReadBack.Evaluate(updates, deviating, affected, Target.UsesHashColumn);

                // Cancellation after this point is ignored on purpose: the batch is checked and commits as a whole.
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                return result;
            }
            catch (Exception ex) when (ex is ReadBackMismatchException or SqlException or OperationCanceledException)
            {
                await RollbackQuietlyAsync(transaction).ConfigureAwait(false);
                throw;
            }
        }
    }

    private static async Task RollbackQuietlyAsync(SqlTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or SqlException)
        {
            // XACT_ABORT already rolled the transaction back, or the connection broke: either way nothing was committed.
        }
    }
}
