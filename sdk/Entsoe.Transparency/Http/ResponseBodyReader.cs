using System.Buffers;

namespace Entsoe.Transparency;

/// <summary>Reads a response body whole, refusing one beyond a size limit before or while it arrives.</summary>
internal static class ResponseBodyReader
{
    private const int ChunkBytes = 81920;

    /// <summary>Reads <paramref name="content"/> into one array.</summary>
    /// <exception cref="ResponseBodyTooLargeException">The announced or the actual length exceeds <paramref name="maxBytes"/>.</exception>
    public static async Task<byte[]> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } length && length > maxBytes)
        {
            throw new ResponseBodyTooLargeException();
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream(content.Headers.ContentLength is { } known ? (int)Math.Min(known, 1 << 20) : 16 * 1024);
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        throw new ResponseBodyTooLargeException();
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            // The exact-length buffer of a body whose length was announced is handed over without a copy.
            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
    }
}
