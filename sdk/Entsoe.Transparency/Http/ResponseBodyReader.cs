using System.Buffers;

namespace Entsoe.Transparency;

/// <summary>Reads a response body whole, refusing one beyond a size limit before or while it arrives.</summary>
internal static class ResponseBodyReader
{
    private const int ChunkBytes = 81920;

    // An announced length up to this is read straight into an array of that length; a larger announcement could be a
    // lie (a body cut short), so the buffer of such a body grows with what arrives instead.
    private const int ExactBytes = 1 << 20;

    /// <summary>Reads <paramref name="content"/> into one array.</summary>
    /// <exception cref="ResponseBodyTooLargeException">The announced or the actual length exceeds <paramref name="maxBytes"/>.</exception>
    public static async Task<byte[]> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var announced = content.Headers.ContentLength;
        if (announced is { } length && length > maxBytes)
        {
            throw new ResponseBodyTooLargeException();
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                if (announced is { } known && known <= ExactBytes)
                {
                    // The usual case: no intermediate buffer and no copy.
                    var exact = new byte[known];
                    var filled = 0;
                    while (filled < exact.Length)
                    {
                        var read = await stream.ReadAsync(exact.AsMemory(filled), cancellationToken).ConfigureAwait(false);
                        if (read == 0)
                        {
                            return exact.AsSpan(0, filled).ToArray();
                        }

                        filled += read;
                    }

                    // The transport keeps an announced length; a content built by hand may not, so its end is checked.
                    var more = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                    if (more == 0)
                    {
                        return exact;
                    }

                    using var grown = new MemoryStream(exact.Length + more);
                    grown.Write(exact);
                    return await ReadRestAsync(stream, grown, chunk, more, maxBytes, cancellationToken).ConfigureAwait(false);
                }

                using var buffer = new MemoryStream(announced is { } large ? (int)Math.Min(large, ExactBytes) : 16 * 1024);
                return await ReadRestAsync(stream, buffer, chunk, 0, maxBytes, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }

    // Appends the first `pending` bytes of the chunk, then everything the stream still holds, to the buffer.
    private static async Task<byte[]> ReadRestAsync(Stream stream, MemoryStream buffer, byte[] chunk, int pending, long maxBytes, CancellationToken cancellationToken)
    {
        var read = pending;
        do
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ResponseBodyTooLargeException();
            }

            buffer.Write(chunk, 0, read);
        }
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0);

        // A buffer filled to its capacity is handed over without a copy.
        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
