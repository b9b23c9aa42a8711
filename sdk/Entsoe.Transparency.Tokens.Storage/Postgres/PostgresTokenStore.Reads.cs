using Npgsql;
using NpgsqlTypes;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>Keyset reads, pipelined: the next batch is read on a second connection while the caller works on the current one.</content>
internal sealed partial class PostgresTokenStore
{
    public async Task<int> ReadBatchAsync(KeyKind keyKind, RowKey? after, int limit, List<StoredRow> destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        List<StoredRow> rows;
        if (readAhead is not null && after is { } expected && expected == readAheadAfter && limit == readAheadLimit)
        {
            var pending = readAhead;
            readAhead = null;
            rows = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await DiscardReadAheadAsync().ConfigureAwait(false);
            rows = await ReadAsync(await ReadConnectionAsync(cancellationToken).ConfigureAwait(false), after, limit, cancellationToken).ConfigureAwait(false);
        }

        destination.AddRange(rows);

        // A full batch means there may be more: start reading the next one now, on the second connection, so the read
        // overlaps the caller's hashing and writing of this one. Its rows are disjoint from this batch's rows, and the
        // compare-and-swap guard catches any row that changes between that read and its write.
        if (rows.Count == limit)
        {
            readAheadAfter = rows[^1].Key;
            readAheadLimit = limit;
            readAhead = ReadAheadAsync(readAheadAfter, limit);
        }

        return rows.Count;
    }

    private async Task<List<StoredRow>> ReadAsync(NpgsqlConnection on, RowKey? after, int limit, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(after is null ? sql.ReadFirst : sql.ReadAfter, on);
        if (after is { } last)
        {
            command.Parameters.Add(PostgresValues.KeyParameter("after", last));
        }

        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        var rows = new List<StoredRow>(limit);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(ReadRow(reader));
            }
        }

        return rows;
    }

    private async Task<List<StoredRow>> ReadAheadAsync(RowKey after, int limit) =>
        await ReadAsync(await ReadConnectionAsync(disposing.Token).ConfigureAwait(false), after, limit, disposing.Token).ConfigureAwait(false);

    /// <summary>
    /// Keyset reads always use their own connection, so a read (or the read-ahead) never waits for, or interleaves with,
    /// a batch being written on the main connection.
    /// </summary>
    private async Task<NpgsqlConnection> ReadConnectionAsync(CancellationToken cancellationToken)
    {
        if (readAheadConnection is null)
        {
            var opened = await PostgresTokenStoreProvider.OpenConnectionAsync(dataSource, where, cancellationToken).ConfigureAwait(false);
            await ConfigureSessionAsync(opened, cancellationToken).ConfigureAwait(false);
            readAheadConnection = opened;
        }

        return readAheadConnection;
    }

    private async Task DiscardReadAheadAsync()
    {
        var pending = readAhead;
        readAhead = null;
        if (pending is null)
        {
            return;
        }

        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or NpgsqlException or StoreConnectionException)
        {
            // The rows were not needed; a failure that matters shows up again on the read that is actually used.
        }
    }

    private StoredRow ReadRow(NpgsqlDataReader reader) => PostgresLookupCommands.ReadRow(reader, Target.UsesHashColumn);
}
