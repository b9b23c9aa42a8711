using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// Finds stored values that occur more than once without holding the table in memory: it keeps the first 64 bits of
/// each digest in one chunk of 256 Ki entries (2 MB); a full chunk is sorted and spilled to a temporary file that is
/// deleted on close, and at the end the sorted runs are merged to find repeated prefixes. Memory stays flat whatever
/// the table size. A repeated prefix is only a candidate: the caller rechecks candidates exactly.
/// </summary>
/// <remarks>The spilled prefixes are 8 bytes of keyed digests: they reveal nothing about a token without the key.</remarks>
internal sealed class DuplicateDetector : IDisposable
{
    // 2 MB: small next to the process's footprint; a 5M-row run spills about 20 runs, merged with 16 KB buffers.
    private const int ChunkSize = 1 << 18;
    private readonly ulong[] chunk;
    private readonly List<FileStream> runs = [];
    private readonly Func<FileStream> createRun;
    private int used;

    /// <summary>Creates a detector spilling to temporary files.</summary>
    public DuplicateDetector()
        : this(ChunkSize, CreateTemporaryRun)
    {
    }

    /// <summary>Creates a detector with a given chunk size and spill files (tests use small chunks).</summary>
    internal DuplicateDetector(int chunkSize, Func<FileStream> createRun)
    {
        chunk = new ulong[chunkSize];
        this.createRun = createRun;
    }

    /// <summary>How many values were added.</summary>
    public long Count { get; private set; }

    /// <summary>The 64-bit digest prefix of a stored value (its length is mixed in), or false when it is not one of ours.</summary>
    public static bool TryGetPrefix(ReadOnlySpan<char> storedValue, out ulong prefix)
    {
        var value = storedValue.Trim();
        prefix = 0;
        if (value.Length < StoredFormat.DigestChars + 2 || value[0] != StoredFormat.Marker)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[9];
        var digestText = value[^StoredFormat.DigestChars..];
        if (Base64Url.DecodeFromChars(digestText[..12], bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written < 8)
        {
            return false;
        }

        prefix = BinaryPrimitives.ReadUInt64LittleEndian(bytes) ^ (ulong)value.Length;
        return true;
    }

    /// <summary>Adds the value's prefix; ignores values that are not stored hashes.</summary>
    public void Add(ReadOnlySpan<char> storedValue)
    {
        if (TryGetPrefix(storedValue, out var prefix))
        {
            Add(prefix);
        }
    }

    /// <summary>Adds one prefix.</summary>
    public void Add(ulong prefix)
    {
        if (used == chunk.Length)
        {
            Spill();
        }

        chunk[used++] = prefix;
        Count++;
    }

    /// <summary>The prefixes that occur more than once.</summary>
    public HashSet<ulong> FindRepeatedPrefixes()
    {
        var repeated = new HashSet<ulong>();
        Array.Sort(chunk, 0, used);
        var sources = new List<IEnumerator<ulong>> { InMemory(used).GetEnumerator() };
        foreach (var run in runs)
        {
            run.Position = 0;
            sources.Add(ReadRun(run).GetEnumerator());
        }

        // k-way merge of sorted runs: equal neighbours in merged order are repeats.
        var queue = new PriorityQueue<int, ulong>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i].MoveNext())
            {
                queue.Enqueue(i, sources[i].Current);
            }
        }

        var hasPrevious = false;
        ulong previous = 0;
        while (queue.TryDequeue(out var source, out var value))
        {
            if (hasPrevious && value == previous)
            {
                repeated.Add(value);
            }

            previous = value;
            hasPrevious = true;
            if (sources[source].MoveNext())
            {
                queue.Enqueue(source, sources[source].Current);
            }
        }

        foreach (var source in sources)
        {
            source.Dispose();
        }

        return repeated;
    }

    /// <summary>Deletes the spill files.</summary>
    public void Dispose()
    {
        foreach (var run in runs)
        {
            run.Dispose();
        }

        runs.Clear();
    }

    private static FileStream CreateTemporaryRun()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Options = FileOptions.DeleteOnClose,
            BufferSize = 1 << 16,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(Path.Combine(Path.GetTempPath(), $"entsoe-tokens-{Environment.ProcessId}-{Guid.NewGuid():N}.run"), options);
    }

    private static IEnumerable<ulong> ReadRun(FileStream run)
    {
        var buffer = new byte[1 << 14];
        int read;
        while ((read = run.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
        {
            for (var offset = 0; offset + 8 <= read; offset += 8)
            {
                yield return MemoryMarshal.Read<ulong>(buffer.AsSpan(offset, 8));
            }
        }
    }

    private IEnumerable<ulong> InMemory(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return chunk[i];
        }
    }

    private void Spill()
    {
        Array.Sort(chunk, 0, used);
        var run = createRun();
        run.Write(MemoryMarshal.AsBytes(chunk.AsSpan(0, used)));
        run.Flush();
        runs.Add(run);
        used = 0;
    }
}
