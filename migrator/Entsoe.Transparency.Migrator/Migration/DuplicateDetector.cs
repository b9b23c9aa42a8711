using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// Finds stored values that occur more than once without holding the table in memory: it keeps the first 64 bits of
/// each digest in a chunk of 256 Ki entries (2 MB); a full chunk is sorted and spilled to a temporary file that is
/// deleted on close, and at the end the sorted runs are merged to find repeated prefixes. Memory stays flat whatever
/// the table size. A repeated prefix is only a candidate: the caller rechecks candidates exactly.
/// </summary>
/// <remarks>
/// A full chunk is sorted and written on the thread pool while a second chunk fills: the caller is the batch writer, and
/// a sort of 256 Ki prefixes (about 15 ms) would otherwise hold up the next batch. A spill's failure surfaces at the next
/// spill or in <see cref="FindRepeatedPrefixes"/>. The spilled prefixes are 8 bytes of keyed digests: they reveal
/// nothing about a token without the key.
/// </remarks>
internal sealed class DuplicateDetector : IDisposable
{
    // 2 MB a chunk (two once the first spills): small next to the process's footprint; a 5M-row run spills about 20
    // runs, merged with 16 KB buffers.
    private const int ChunkSize = 1 << 18;
    private readonly List<FileStream> runs = [];
    private readonly Func<FileStream> createRun;
    private ulong[] chunk;
    private ulong[]? spare;
    private Task<FileStream>? pendingSpill;
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
        CompletePendingSpill();
        var repeated = new HashSet<ulong>();
        Array.Sort(chunk, 0, used);
        var cursors = new List<RunCursor>(runs.Count + 1);
        if (used > 0)
        {
            cursors.Add(new RunCursor(chunk, used));
        }

        foreach (var run in runs)
        {
            run.Position = 0;
            var cursor = new RunCursor(run);
            if (cursor.HasValue)
            {
                cursors.Add(cursor);
            }
        }

        // k-way merge of sorted runs: equal neighbours in merged order are repeats. A few runs (up to about 1.5M rows)
        // are merged by comparing their heads, more by a heap (19 runs of a 5M-row table: 0.8 s by heads).
        var hasPrevious = false;
        ulong previous = 0;
        void Visit(ulong value)
        {
            if (hasPrevious && value == previous)
            {
                repeated.Add(value);
            }

            previous = value;
            hasPrevious = true;
        }

        if (cursors.Count <= 6)
        {
            while (cursors.Count > 0)
            {
                var smallest = 0;
                for (var i = 1; i < cursors.Count; i++)
                {
                    if (cursors[i].Current < cursors[smallest].Current)
                    {
                        smallest = i;
                    }
                }

                Visit(cursors[smallest].Current);
                if (!cursors[smallest].MoveNext())
                {
                    cursors.RemoveAt(smallest);
                }
            }
        }
        else
        {
            var queue = new PriorityQueue<RunCursor, ulong>(cursors.Count);
            foreach (var cursor in cursors)
            {
                queue.Enqueue(cursor, cursor.Current);
            }

            while (queue.TryPeek(out var cursor, out var value))
            {
                Visit(value);
                if (cursor.MoveNext())
                {
                    queue.DequeueEnqueue(cursor, cursor.Current);
                }
                else
                {
                    queue.Dequeue();
                }
            }
        }

        return repeated;
    }

    /// <summary>Deletes the spill files.</summary>
    public void Dispose()
    {
        try
        {
            CompletePendingSpill();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A run that ends here is already failing or stopping; the failed spill's writer closed (and so deleted) its file.
        }

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

    // The previous spill has finished with the spare chunk before it is filled again.
    private void Spill()
    {
        CompletePendingSpill();
        var full = chunk;
        var count = used;
        chunk = spare ?? new ulong[full.Length];
        spare = full;
        used = 0;
        pendingSpill = Task.Run(() => WriteRun(full, count));
    }

    private FileStream WriteRun(ulong[] values, int count)
    {
        Array.Sort(values, 0, count);
        var run = createRun();
        try
        {
            run.Write(MemoryMarshal.AsBytes(values.AsSpan(0, count)));
            run.Flush();
            return run;
        }
        catch
        {
            run.Dispose();
            throw;
        }
    }

    private void CompletePendingSpill()
    {
        if (pendingSpill is { } spill)
        {
            pendingSpill = null;
            runs.Add(spill.GetAwaiter().GetResult());
        }
    }

    /// <summary>Reads one sorted run (a spilled file, or the in-memory chunk) a buffer at a time.</summary>
    private sealed class RunCursor
    {
        private readonly FileStream? file;
        private readonly ulong[] buffer;
        private int position;
        private int count;

        public RunCursor(ulong[] sorted, int count)
        {
            buffer = sorted;
            this.count = count;
        }

        public RunCursor(FileStream file)
        {
            this.file = file;
            buffer = new ulong[1 << 11];
            Refill();
        }

        public bool HasValue => position < count;

        public ulong Current => buffer[position];

        /// <summary>Moves to the next value; false at the end of the run.</summary>
        public bool MoveNext()
        {
            if (++position < count)
            {
                return true;
            }

            if (file is not null)
            {
                Refill();
            }

            return position < count;
        }

        private void Refill()
        {
            var bytes = MemoryMarshal.AsBytes(buffer.AsSpan());
            var read = file!.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            count = read / sizeof(ulong);
            position = 0;
        }
    }
}
