using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>One batch: the compare-and-swap UPDATE and its read-back in one round trip, and the rows the guard skipped.</content>
internal sealed partial class PostgresTokenStore
{
    public async Task<BatchWriteResult> ApplyBatchAsync(IReadOnlyList<RowUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return new BatchWriteResult(0, []);
        }

        var keys = PostgresValues.KeyArray(updates);
        var oldValues = new string[updates.Count];
        var newValues = new string[updates.Count];
        for (var i = 0; i < updates.Count; i++)
        {
            oldValues[i] = updates[i].OldToken;
            newValues[i] = updates[i].NewValue;
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            // Cancellation before the commit disposes the transaction uncommitted: PostgreSQL rolls it back.
            long written = 0;
            var deviating = new List<StoredRow>();
            IReadOnlyList<RowKey> skipped = [];
            using (var batch = new NpgsqlBatch(connection, transaction))
            {
                // Asynchronous commit for this transaction only (sent in the same round trip as the UPDATE): a batch
                // commit then does not wait for its WAL flush. A server crash can lose only the last few committed
                // batches, never corrupt anything: those rows are plaintext again, still verify, and the rerun hashes
                // them (the format tag is the state). DisposeAsync ends with a synchronous commit, which flushes every
                // earlier batch, so a run that completes is durable before the tool exits.
                NpgsqlBatchCommand update;
                if (keys is NpgsqlParameter<long[]> { TypedValue: { } integers })
                {
                    batch.BatchCommands.Add(new NpgsqlBatchCommand(connection.PostgreSqlVersion.Major >= 12
                        ? PostgresStatements.RangeBatchSettings
                        : PostgresStatements.RangeBatchSettingsBefore12));
                    update = new NpgsqlBatchCommand(sql.UpdateInKeyRange);
                    update.Parameters.Add(keys);
                    var (low, high) = PostgresValues.Bounds(integers);
                    update.Parameters.Add(new NpgsqlParameter<long>("low", low));
                    update.Parameters.Add(new NpgsqlParameter<long>("high", high));
                }
                else
                {
                    batch.BatchCommands.Add(new NpgsqlBatchCommand(PostgresStatements.AsynchronousCommit));
                    update = new NpgsqlBatchCommand(sql.Update);
                    update.Parameters.Add(keys);
                }

                update.Parameters.Add(new NpgsqlParameter<string[]>("old", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = oldValues });
                update.Parameters.Add(new NpgsqlParameter<string[]>("new", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = newValues });
                batch.BatchCommands.Add(update);
                var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    do
                    {
                        if (reader.FieldCount != 3 || !await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            continue;
                        }

                        written = reader.GetInt64(0);
                        foreach (var key in PostgresValues.ReadKeys(reader, 1))
                        {
                            // Written, but the row does not hold the new value (a trigger rewrote it): the check names it.
                            deviating.Add(new StoredRow(key, null, null));
                        }

                        skipped = PostgresValues.ReadKeys(reader, 2);
                    }
                    while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
                }
            }

            batchesWritten = true;

            List<RowKey>? missing = null;
            if (skipped.Count > 0)
            {
                missing = await ReadSkippedAsync(skipped, deviating, transaction, cancellationToken).ConfigureAwait(false);
            }

            BatchWriteResult result;
            try
            {
                result = BatchReadBack.Evaluate(updates, deviating, written, Target.UsesHashColumn, missing);
            }
            catch (ReadBackMismatchException)
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                throw;
            }

            // Cancellation after this point is ignored on purpose: the batch is checked and commits as a whole.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
    }

    /// <summary>
    /// Reads the rows the UPDATE skipped, inside its transaction, adding them to <paramref name="deviating"/>.
    /// </summary>
    /// <returns>The skipped keys that no longer exist (deleted meanwhile), or null when every one was found.</returns>
    private async Task<List<RowKey>?> ReadSkippedAsync(IReadOnlyList<RowKey> skipped, List<StoredRow> deviating, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var found = new HashSet<RowKey>();
        using (var command = new NpgsqlCommand(sql.ReadRows, connection, transaction))
        {
            command.Parameters.Add(PostgresValues.KeyArray(skipped));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var row = ReadRow(reader);
                    found.Add(row.Key);
                    deviating.Add(row);
                }
            }
        }

        var missing = skipped.Where(key => !found.Contains(key)).ToList();
        return missing.Count > 0 ? missing : null;
    }
}
