using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace Entsoe.Transparency;

/// <summary>
/// Reads the entries of a ZIP response into memory, one at a time, within the limits of
/// <see cref="TransparencyParseOptions"/>. Nothing is written to disk and entry names are only labels.
/// </summary>
internal static class ArchiveReader
{
    private const int MaxLabel = 80;

    /// <summary>The file entries (directories skipped) with their bytes, in archive order.</summary>
    /// <exception cref="TransparencyDocumentException">The archive is unreadable or goes beyond a limit.</exception>
    public static IEnumerable<(string Name, ReadOnlyMemory<byte> Content)> Read(ReadOnlyMemory<byte> zip, int maxEntries, long maxBytes)
    {
        using var archive = Open(zip);
        var entries = archive.Entries;
        if (entries.Count > maxEntries)
        {
            throw new TransparencyDocumentException(
                $"The archive holds {Format(entries.Count)} entries, more than TransparencyParseOptions.MaxArchiveEntries ({Format(maxEntries)}).");
        }

        // The declared sizes fail a bomb fast; the bytes actually inflated are counted below, because a header can lie.
        long declared = 0;
        foreach (var entry in entries)
        {
            declared += entry.Length;
        }

        if (declared > maxBytes)
        {
            throw TooLarge(declared, maxBytes, "declares");
        }

        long total = 0;
        foreach (var entry in entries)
        {
            if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
            {
                continue;
            }

            var content = ReadEntry(entry, maxBytes, ref total);
            yield return (entry.FullName, content);
        }
    }

    /// <summary>The entry name for a message: control characters replaced and the length bounded, since it comes from the response.</summary>
    public static string Label(string name)
    {
        var builder = new StringBuilder(Math.Min(name.Length, MaxLabel) + 1);
        foreach (var c in name.Length <= MaxLabel ? name : name[..MaxLabel])
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        return name.Length <= MaxLabel ? builder.ToString() : builder.Append('…').ToString();
    }

    private static ZipArchive Open(ReadOnlyMemory<byte> zip)
    {
        var stream = MemoryMarshal.TryGetArray(zip, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(zip.ToArray(), writable: false);
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            throw new TransparencyDocumentException($"The content starts like a ZIP archive but cannot be read as one: {e.Message}", e);
        }
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry, long maxBytes, ref long total)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            using var source = entry.Open();
            using var target = new MemoryStream((int)Math.Min(entry.Length, Math.Min(maxBytes - total, Array.MaxLength)));
            int read;
            while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw TooLarge(total, maxBytes, $"inflates (by entry '{Label(entry.FullName)}') to at least");
                }

                target.Write(chunk, 0, read);
            }

            return target.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw new TransparencyDocumentException($"The archive entry '{Label(entry.FullName)}' cannot be read: {e.Message}", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static TransparencyDocumentException TooLarge(long bytes, long maxBytes, string verb) =>
        new($"The archive {verb} {Format(bytes)} bytes uncompressed, more than TransparencyParseOptions.MaxArchiveUncompressedBytes ({Format(maxBytes)}); " +
            "a genuine response stays far below it, so the archive is refused as a possible ZIP bomb.");

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
