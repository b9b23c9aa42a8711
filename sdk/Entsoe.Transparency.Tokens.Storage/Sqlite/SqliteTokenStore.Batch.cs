using System.Text.Json;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>The general batch: one <c>UPDATE ... FROM json_each(@batch)</c> and its read-back under <c>BEGIN IMMEDIATE</c>.</content>
internal sealed partial class SqliteTokenStore
{
    public async Task<BatchWriteResult> ApplyBatchAsync(IReadOnlyList<RowUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return new BatchWriteResult(0, []);
        }

        await EnsureWriteModeAsync(cancellationToken).ConfigureAwait(false);
        var keyKind = updates[0].Key.IsText ? KeyKind.Text : KeyKind.Integer;
        var json = BuildBatchJson(updates);
        update ??= Prepare(sql.Update, "@batch");
        readBack ??= Prepare(sql.ReadBack, "@batch");

        // BEGIN IMMEDIATE: the write lock is taken before the UPDATE, so the guard and the read-back see a stable table.
        var transaction = connection.BeginTransaction(deferred: false);
        await using (transaction.ConfigureAwait(false))
        {
            update.Transaction = transaction;
            readBack.Transaction = transaction;
            update.Parameters["@batch"].Value = json;
            readBack.Parameters["@batch"].Value = json;
            var affected = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            var deviating = new List<StoredRow>();
            var reader = await readBack.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (reader.Read())
                {
                    deviating.Add(ReadRow(reader, keyKind));
                }
            }

            BatchWriteResult result;
            try
            {
                result = BatchReadBack.Evaluate(updates, deviating, affected, sql.Hash is not null);
            }
            catch (ReadBackMismatchException)
            {
                transaction.Rollback();
                throw;
            }

            // Cancellation after this point is ignored on purpose: the batch is checked and commits as a whole.
            transaction.Commit();
            return result;
        }
    }

    private byte[] BuildBatchJson(IReadOnlyList<RowUpdate> updates)
    {
        jsonBuffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(jsonBuffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < updates.Count; i++)
            {
                var item = updates[i];
                writer.WriteStartArray();
                if (item.Key.IsText)
                {
                    writer.WriteStringValue(item.Key.Text);
                }
                else
                {
                    writer.WriteNumberValue(item.Key.Integer);
                }

                writer.WriteStringValue(item.OldToken);
                writer.WriteStringValue(item.NewValue);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        var written = jsonBuffer.WrittenSpan;
        if (batchBytes.Length < written.Length)
        {
            batchBytes = new byte[written.Length + (written.Length / 4)];
        }

        // JSON allows trailing whitespace, so one buffer serves every batch; the bytes of the previous batch are overwritten.
        written.CopyTo(batchBytes);
        batchBytes.AsSpan(written.Length).Fill((byte)' ');
        jsonBuffer.Clear();
        return batchBytes;
    }
}
