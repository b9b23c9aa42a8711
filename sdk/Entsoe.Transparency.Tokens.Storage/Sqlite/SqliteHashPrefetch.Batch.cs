using System.Security.Cryptography;
using System.Text;

namespace Entsoe.Transparency.Tokens.Storage;

/// <content>The read-ahead's batch buffers and the rows they describe.</content>
internal sealed partial class SqliteHashPrefetch
{
    /// <summary>One prepared row: where its old and new UTF-8 values sit in the batch's buffer, and its outcome.</summary>
    /// <param name="Key">The row's key.</param>
    /// <param name="OldStart">Offset of the value that was hashed.</param>
    /// <param name="OldLength">Its length in bytes.</param>
    /// <param name="NewStart">Offset of the stored value to write.</param>
    /// <param name="NewLength">Its length in bytes.</param>
    /// <param name="Class">The handler's class of the row (to be hashed), with the fingerprint of its stored value.</param>
    internal readonly record struct PrefetchedRow(long Key, int OldStart, int OldLength, int NewStart, int NewLength, FusedRowClass Class);

    /// <summary>A row of the range that the batch's UPDATE leaves alone, as the read-ahead saw it.</summary>
    /// <param name="Key">The row's key.</param>
    /// <param name="Start">Offset of its UTF-8 value in the batch's buffer.</param>
    /// <param name="Length">Its length in bytes; -1 for NULL.</param>
    /// <param name="Class">The handler's class of the row.</param>
    internal readonly record struct UntouchedRow(long Key, int Start, int Length, FusedRowClass Class);

    /// <summary>The prepared rows of one key range, in key order, with their values in one reused buffer.</summary>
    private sealed class PrefetchedBatch(int limit)
    {
        public PrefetchedRow[] Rows { get; } = new PrefetchedRow[limit];

        public byte[] Bytes { get; private set; } = new byte[limit * 128];

        public int Count { get; private set; }

        public long LastKey { get; set; } = long.MinValue;

        /// <summary>The key the range was read after.</summary>
        public long After { get; set; } = long.MinValue;

        /// <summary>True when the read found fewer rows than asked for: the range ran to the end of the table.</summary>
        public bool ReachedEnd { get; set; }

        /// <summary>The rows of the range the batch's UPDATE leaves alone, in key order.</summary>
        public List<UntouchedRow> Untouched { get; } = new(16);

        private int Used { get; set; }

        /// <summary>Adds a plaintext row with the value that is being hashed; its stored value follows with <see cref="SetStored"/>.</summary>
        public void AddPlaintext(long key, ReadOnlySpan<byte> old, FusedRowClass rowClass)
        {
            var oldStart = Append(old.Length);
            old.CopyTo(Bytes.AsSpan(oldStart));
            Rows[Count++] = new PrefetchedRow(key, oldStart, old.Length, 0, 0, rowClass with { HasFingerprint = false, Fingerprint = 0 });
        }

        /// <summary>Adds a row the batch's UPDATE leaves alone, with its UTF-8 value unless it is NULL.</summary>
        public void AddUntouched(long key, bool isNull, ReadOnlySpan<byte> value, FusedRowClass rowClass)
        {
            var (start, length) = (0, -1);
            if (!isNull)
            {
                start = Append(value.Length);
                value.CopyTo(Bytes.AsSpan(start));
                length = value.Length;
            }

            Untouched.Add(new UntouchedRow(key, start, length, rowClass));
        }

        /// <summary>Sets the stored value of the <paramref name="index"/>-th row added.</summary>
        public void SetStored(int index, ReadOnlySpan<char> stored, bool hasFingerprint, ulong fingerprint)
        {
            var start = Append(Encoding.UTF8.GetMaxByteCount(stored.Length));
            var length = Encoding.UTF8.GetBytes(stored, Bytes.AsSpan(start));
            Used = start + length;
            Rows[index] = Rows[index] with { NewStart = start, NewLength = length, Class = Rows[index].Class with { HasFingerprint = hasFingerprint, Fingerprint = fingerprint } };
        }

        // Reserves `length` bytes at the end of the buffer, growing it (and zeroing the old one) when needed.
        private int Append(int length)
        {
            if (Used + length > Bytes.Length)
            {
                var larger = new byte[Math.Max(Bytes.Length * 2, Used + length)];
                Bytes.AsSpan(0, Used).CopyTo(larger);
                CryptographicOperations.ZeroMemory(Bytes);
                Bytes = larger;
            }

            var start = Used;
            Used += length;
            return start;
        }

        public int IndexOf(long key)
        {
            int low = 0, high = Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var value = Rows[middle].Key;
                if (value == key)
                {
                    return middle;
                }

                if (value < key)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }

        // The buffer held plaintext tokens.
        public void Clear()
        {
            CryptographicOperations.ZeroMemory(Bytes.AsSpan(0, Used));
            Used = 0;
            Count = 0;
            LastKey = long.MinValue;
            After = long.MinValue;
            ReachedEnd = false;
            Untouched.Clear();
        }
    }
}
