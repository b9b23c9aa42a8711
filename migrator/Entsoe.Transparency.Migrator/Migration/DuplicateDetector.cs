using System.Buffers.Binary;
using System.Buffers.Text;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>
/// Finds stored values that occur more than once without holding the table in memory: it keeps the first 64 bits of
/// each digest (8 bytes a row, 40 MB at 5 million rows) in fixed chunks, and at the end sorts each chunk and merges
/// them to find repeated prefixes. A repeated prefix is only a candidate: the caller rechecks candidates exactly.
/// </summary>
internal sealed class DuplicateDetector
{
    // 1 Mi entries (8 MB) per chunk: no large reallocation as the table grows, and each chunk sorts quickly.
    private const int ChunkSize = 1 << 20;
    private readonly List<ulong[]> chunks = [];
    private ulong[]? current;
    private int used;

    /// <summary>How many values were added.</summary>
    public long Count { get; private set; }

    /// <summary>The 64-bit digest prefix of a stored value (its key id is mixed in), or false when it is not one of ours.</summary>
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

        // Values hashed with different keys never collide meaningfully; mixing the prefix length keeps them apart.
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
        if (current is null || used == current.Length)
        {
            current = new ulong[ChunkSize];
            chunks.Add(current);
            used = 0;
        }

        current[used++] = prefix;
        Count++;
    }

    /// <summary>The prefixes that occur more than once. Frees the chunks.</summary>
    public HashSet<ulong> FindRepeatedPrefixes()
    {
        var repeated = new HashSet<ulong>();
        var lengths = new int[chunks.Count];
        for (var i = 0; i < chunks.Count; i++)
        {
            lengths[i] = i == chunks.Count - 1 ? used : ChunkSize;
            Array.Sort(chunks[i], 0, lengths[i]);
        }

        // k-way merge of the sorted chunks: equal neighbours in merged order are repeats.
        var positions = new int[chunks.Count];
        var queue = new PriorityQueue<int, ulong>(chunks.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            if (lengths[i] > 0)
            {
                queue.Enqueue(i, chunks[i][0]);
            }
        }

        var hasPrevious = false;
        ulong previous = 0;
        while (queue.TryDequeue(out var chunk, out var value))
        {
            if (hasPrevious && value == previous)
            {
                repeated.Add(value);
            }

            previous = value;
            hasPrevious = true;
            var next = ++positions[chunk];
            if (next < lengths[chunk])
            {
                queue.Enqueue(chunk, chunks[chunk][next]);
            }
        }

        chunks.Clear();
        current = null;
        used = 0;
        return repeated;
    }
}
