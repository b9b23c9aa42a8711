using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// Hashes many tokens at once into the same stored values <see cref="TokenHasher.Hash"/> produces, several times
/// faster per token: add up to <c>capacity</c> tokens, <see cref="Compute"/>, read each <see cref="StoredValue"/>,
/// then <see cref="Clear"/> and reuse. Not thread-safe: one batch per thread, reused for every batch of rows.
/// </summary>
/// <remarks>
/// <para>
/// A token whose canonical UTF-8 form is at most 55 bytes (a UUID is 36, a prefixed token 44) fits one SHA-256 block
/// with its padding, so its HMAC-SHA256 is two compressions starting from the key's precomputed inner and outer
/// midstates (RFC 2104), and its SHA-256 one compression. Those run for 8 or 16 tokens at once in SIMD lanes where the
/// CPU has AVX2 or AVX-512. Where it has neither, and for a longer token, each token is hashed through the same path as
/// <see cref="TokenHasher.Hash"/> as soon as it is added: about as fast as hashing one by one, and faster than the
/// managed compression one token at a time wherever the platform's SHA-256 uses the CPU's SHA instructions.
/// </para>
/// <para>
/// The batch holds the canonical plaintext of every added token until <see cref="Compute"/>, which zeroes it. Its
/// copy of the key's midstates and the intermediate states live on the stack during <see cref="Compute"/> only and
/// are zeroed before it returns; the key keeps its midstates until the hasher is disposed, which zeroes them.
/// <see cref="Clear"/> and <see cref="Dispose"/> zero every buffer. The batch does not own the hasher: dispose the
/// hasher after its batches.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class TokenHashBatch : IDisposable
{
    /// <summary>The largest capacity a batch accepts (about 256 MB of buffers).</summary>
    public const int MaxCapacity = 1 << 20;

    // A message of at most 55 bytes leaves room in its 64-byte block for the 0x80 byte and the 8-byte length
    // (FIPS 180-4 §5.1.1).
    private const int MaxSingleBlockBytes = 55;
    private const int BlockBytes = 64;
    private const int DigestBytes = StoredFormat.DigestBytes;

    // A group with at most this many tokens left is compressed one lane at a time. One scalar compression costs about
    // what one 8-lane vector pass does (BatchHashBenchmarks: the scalar row against the Vector256 row), so the vector
    // pass pays from two tokens on.
    private const int ScalarRemainderLanes = 1;

    private readonly HmacKey? key;
    private readonly TokenHashPath path;
    private readonly int capacity;
    private readonly int storedLength;

    // Canonical plaintext, padded into its single block, in the lane layout of Sha256MultiBlock.
    private readonly uint[] blocks;

    // True for a token hashed when it was added (its canonical form did not fit one block).
    private readonly bool[] hashedOnAdd;
    private readonly byte[] digests;
    private readonly char[] stored;
    private int count;
    private int computedCount;

    // Slots that may hold data since the last Clear (count, or one more when an add failed half-way): what Clear zeroes.
    private int touched;
    private bool disposed;

    /// <summary>A batch of up to <paramref name="capacity"/> tokens hashed with <paramref name="hasher"/>'s active key.</summary>
    /// <param name="hasher">The hasher whose stored values the batch reproduces; it must outlive the batch.</param>
    /// <param name="capacity">How many tokens one batch holds, 1 to <see cref="MaxCapacity"/>.</param>
    public TokenHashBatch(TokenHasher hasher, int capacity)
        : this(hasher, capacity, TokenHashPath.Auto)
    {
    }

    internal TokenHashBatch(TokenHasher hasher, int capacity, TokenHashPath path)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, MaxCapacity);
        if (path == TokenHashPath.Auto)
        {
            path = Sha256MultiBlock.Best;
        }
        else if (!Sha256MultiBlock.IsSupported(path))
        {
            throw new PlatformNotSupportedException($"The {path} hashing path is not accelerated on this machine.");
        }

        this.capacity = capacity;
        this.path = path;
        key = hasher.ActiveKey;
        storedLength = hasher.StoredLength;
        var groups = (capacity + Sha256MultiBlock.Lanes - 1) / Sha256MultiBlock.Lanes;
        blocks = new uint[groups * Sha256MultiBlock.BlockWords];
        hashedOnAdd = new bool[capacity];
        digests = new byte[capacity * DigestBytes];
        stored = new char[capacity * storedLength];
    }

    /// <summary>How many tokens have been added since the last <see cref="Clear"/>.</summary>
    public int Count => count;

    /// <summary>How many tokens the batch holds.</summary>
    public int Capacity => capacity;

    /// <summary>True once <see cref="Compute"/> has hashed every added token, until the next <see cref="Clear"/>.</summary>
    public bool IsComputed => computedCount == count && count > 0;

    internal TokenHashPath Path => path;

    /// <summary>The plaintext buffer, for the tests that prove it is zeroed.</summary>
    internal ReadOnlySpan<uint> PlaintextBlocks => blocks;

    /// <summary>Adds a token; its canonical form (see <see cref="CanonicalToken"/>) is what is hashed.</summary>
    /// <exception cref="InvalidOperationException">The batch is full, or it has been computed and not cleared.</exception>
    public void Add(ReadOnlySpan<char> token)
    {
        var index = Reserve();
        if (path == TokenHashPath.Platform)
        {
            TokenHasher.ComputeDigest(key, token, digests.AsSpan(index * DigestBytes, DigestBytes));
            hashedOnAdd[index] = true;
            count++;
            return;
        }

        if (token.Length == CanonicalToken.UuidLength && Vector128.IsHardwareAccelerated && CanonicalToken.IsUuidShaped(token))
        {
            // Today's tokens: a UUID without surrounding whitespace, whose canonical form is its lower-case ASCII.
            WriteUuidBlock(index, token);
            count++;
            return;
        }

        Span<byte> canonical = stackalloc byte[BlockBytes];
        try
        {
            if (CanonicalToken.TryWriteUtf8(token, canonical, out var length) && length <= MaxSingleBlockBytes)
            {
                WriteBlock(index, canonical, length);
            }
            else
            {
                TokenHasher.ComputeDigest(key, token, digests.AsSpan(index * DigestBytes, DigestBytes));
                hashedOnAdd[index] = true;
            }
        }
        finally
        {
            CryptographicOperations.ZeroMemory(canonical);
        }

        count++;
    }

    /// <summary>
    /// Adds a token given as UTF-8 bytes. The result is that of <see cref="Add(ReadOnlySpan{char})"/> on the decoded
    /// text: surrounding ASCII whitespace is trimmed and upper-case hex lowered when the rest is UUID-shaped; otherwise
    /// the bytes are hashed as they are. Bytes that are not valid UTF-8 are decoded with replacement characters first,
    /// exactly as <c>Encoding.UTF8.GetString</c> followed by <see cref="TokenHasher.Hash"/> would.
    /// </summary>
    /// <exception cref="InvalidOperationException">The batch is full, or it has been computed and not cleared.</exception>
    public void Add(ReadOnlySpan<byte> utf8Token)
    {
        var trimmed = CanonicalToken.TrimAsciiWhitespace(utf8Token);
        if (CanonicalToken.IsUuidShaped(trimmed))
        {
            var index = Reserve();
            if (path == TokenHashPath.Platform)
            {
                Span<byte> canonical = stackalloc byte[CanonicalToken.UuidLength];
                Ascii.ToLower(trimmed, canonical, out _);
                HashWhole(index, canonical);
                CryptographicOperations.ZeroMemory(canonical);
            }
            else
            {
                WriteUuidBlock(index, trimmed);
            }

            count++;
        }
        else if (!Utf8.IsValid(utf8Token))
        {
            AddInvalidUtf8(utf8Token);
        }
        else if (utf8Token.Length <= MaxSingleBlockBytes && path != TokenHashPath.Platform)
        {
            var index = Reserve();
            Span<byte> canonical = stackalloc byte[BlockBytes];
            utf8Token.CopyTo(canonical);
            WriteBlock(index, canonical, utf8Token.Length);
            CryptographicOperations.ZeroMemory(canonical);
            count++;
        }
        else
        {
            var index = Reserve();
            HashWhole(index, utf8Token);
            count++;
        }
    }

    /// <summary>Adds bytes that are already canonical, without looking at them; for test vectors that are not text.</summary>
    internal void AddCanonical(ReadOnlySpan<byte> canonical)
    {
        var index = Reserve();
        if (canonical.Length <= MaxSingleBlockBytes && path != TokenHashPath.Platform)
        {
            Span<byte> block = stackalloc byte[BlockBytes];
            canonical.CopyTo(block);
            WriteBlock(index, block, canonical.Length);
            CryptographicOperations.ZeroMemory(block);
        }
        else
        {
            HashWhole(index, canonical);
        }

        count++;
    }

    /// <summary>Hashes every token added since the last <see cref="Clear"/> and zeroes their plaintext.</summary>
    /// <remarks>If it throws, the batch is emptied (as by <see cref="Clear"/>): add the tokens again.</remarks>
    /// <exception cref="ObjectDisposedException">The batch or its hasher has been disposed.</exception>
    public void Compute()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (computedCount == count)
        {
            return;
        }

        Span<uint> midstates = stackalloc uint[HmacKey.MidstateWords];
        Span<uint> inner = stackalloc uint[Sha256MultiBlock.StateWords];
        Span<uint> outerBlocks = stackalloc uint[Sha256MultiBlock.BlockWords];
        Span<uint> outer = stackalloc uint[Sha256MultiBlock.StateWords];
        try
        {
            if (key is null)
            {
                Sha256MultiBlock.InitialState.CopyTo(midstates);
            }
            else if (path != TokenHashPath.Platform)
            {
                key.CopyMidstates(midstates);
                PrepareOuterBlocks(outerBlocks);
            }

            // On the platform path every token was hashed as it was added; only the formatting is left.
            for (var start = 0; path != TokenHashPath.Platform && start < count; start += Sha256MultiBlock.Lanes)
            {
                var lanes = Math.Min(Sha256MultiBlock.Lanes, count - start);
                var group = blocks.AsSpan((start / Sha256MultiBlock.Lanes) * Sha256MultiBlock.BlockWords, Sha256MultiBlock.BlockWords);
                CompressGroup(midstates[..8], group, inner, lanes);
                if (key is null)
                {
                    WriteDigests(start, lanes, inner);
                }
                else
                {
                    // The outer message is the 32-byte inner digest: its eight words are the inner state as it is.
                    inner.CopyTo(outerBlocks);
                    CompressGroup(midstates[8..], outerBlocks, outer, lanes);
                    WriteDigests(start, lanes, outer);
                }
            }

            for (var i = 0; i < count; i++)
            {
                var digest = digests.AsSpan(i * DigestBytes, DigestBytes);
                var destination = stored.AsSpan(i * storedLength, storedLength);
                _ = key is null ? StoredFormat.FormatSha256(digest, destination) : StoredFormat.FormatHmac(key.Id, digest, destination);
            }

            computedCount = count;
        }
        finally
        {
            var groups = (touched + Sha256MultiBlock.Lanes - 1) / Sha256MultiBlock.Lanes;
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(blocks.AsSpan(0, groups * Sha256MultiBlock.BlockWords)));
            if (computedCount != count)
            {
                // The plaintext is gone, so a failed batch must not be computed again from zeroed blocks: empty it.
                Clear();
            }

            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(midstates));
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(inner));
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(outerBlocks));
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(outer));
        }
    }

    /// <summary>The stored value of the token added at <paramref name="index"/>; valid until <see cref="Clear"/>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Compute"/> has not run since the last add.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public ReadOnlySpan<char> StoredValue(int index)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        if (computedCount != count)
        {
            throw new InvalidOperationException("Call Compute() after adding tokens and before reading their stored values.");
        }

        return stored.AsSpan(index * storedLength, storedLength);
    }

    /// <summary>Empties the batch for reuse and zeroes every buffer that held plaintext or a digest.</summary>
    public void Clear()
    {
        var groups = (touched + Sha256MultiBlock.Lanes - 1) / Sha256MultiBlock.Lanes;
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(blocks.AsSpan(0, groups * Sha256MultiBlock.BlockWords)));
        CryptographicOperations.ZeroMemory(digests.AsSpan(0, touched * DigestBytes));
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(stored.AsSpan(0, touched * storedLength)));
        Array.Clear(hashedOnAdd, 0, touched);
        count = 0;
        computedCount = 0;
        touched = 0;
    }

    /// <summary>Zeroes every buffer; the batch cannot be used afterwards.</summary>
    public void Dispose()
    {
        Clear();
        disposed = true;
    }

    /// <summary>Shows the algorithm, the active key id and how full the batch is; never a token or key material.</summary>
    public override string ToString() =>
        $"TokenHashBatch({(key is null ? "sha256" : "hmac-sha256, active=" + key.Id)}, {count}/{capacity}{(IsComputed ? ", computed" : "")})";

    private int Reserve()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (computedCount > 0)
        {
            throw new InvalidOperationException("This batch has been computed; read its stored values, then call Clear() before adding more.");
        }

        if (count == capacity)
        {
            throw new InvalidOperationException($"The batch is full ({capacity} tokens); call Compute(), read the stored values, then Clear().");
        }

        touched = count + 1;
        return count;
    }

    /// <summary>Hashes canonical bytes longer than one block through the same primitives as <see cref="TokenHasher"/>.</summary>
    private void HashWhole(int index, ReadOnlySpan<byte> canonical)
    {
        var digest = digests.AsSpan(index * DigestBytes, DigestBytes);
        if (key is null)
        {
            SHA256.HashData(canonical, digest);
        }
        else
        {
            key.Compute(canonical, digest);
        }

        hashedOnAdd[index] = true;
    }

    private void AddInvalidUtf8(ReadOnlySpan<byte> utf8Token)
    {
        // Rare (a damaged value): decoding with replacement characters, as a reader of the column would, keeps the
        // promise of matching the char path. The decoded text goes to a zeroed buffer, not a string that cannot be.
        var chars = new char[Encoding.UTF8.GetCharCount(utf8Token)];
        try
        {
            var written = Encoding.UTF8.GetChars(utf8Token, chars);
            Add(chars.AsSpan(0, written));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(chars.AsSpan()));
        }
    }

    /// <summary>Pads the canonical bytes into one block and stores its words in the token's lane.</summary>
    private void WriteBlock(int index, Span<byte> block, int length)
    {
        // FIPS 180-4 §5.1.1: the message, a 1 bit, zeros, then the message length in bits as a 64-bit big-endian
        // number. Under HMAC the inner message follows the 64-byte key block, so its length counts those bytes too.
        block[length] = 0x80;
        block[(length + 1)..56].Clear();
        var bits = (ulong)(length + (key is null ? 0 : BlockBytes)) * 8;
        BinaryPrimitives.WriteUInt64BigEndian(block[56..], bits);
        var lane = index % Sha256MultiBlock.Lanes;
        var group = blocks.AsSpan((index / Sha256MultiBlock.Lanes) * Sha256MultiBlock.BlockWords, Sha256MultiBlock.BlockWords);
        for (var t = 0; t < 16; t++)
        {
            group[(t * Sha256MultiBlock.Lanes) + lane] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
        }
    }

    /// <summary>
    /// <see cref="WriteBlock"/> for a UUID-shaped token of exactly 36 characters, in vector registers: narrowed to
    /// ASCII, lower-cased (bit 5, exact for hex digits and '-'), and read as big-endian words by a byte shuffle.
    /// </summary>
    private void WriteUuidBlock(int index, ReadOnlySpan<char> uuid)
    {
        ref var chars = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(uuid));
        var first = Vector128.Narrow(Vector128.LoadUnsafe(ref chars, 0), Vector128.LoadUnsafe(ref chars, 8));
        var second = Vector128.Narrow(Vector128.LoadUnsafe(ref chars, 16), Vector128.LoadUnsafe(ref chars, 24));
        var last = ((uint)(byte)uuid[32] << 24) | ((uint)(byte)uuid[33] << 16) | ((uint)(byte)uuid[34] << 8) | (byte)uuid[35];
        WriteUuidBlock(index, first, second, last);
    }

    /// <summary>The same for the 36 ASCII bytes of a UUID-shaped UTF-8 token.</summary>
    private void WriteUuidBlock(int index, ReadOnlySpan<byte> uuid)
    {
        ref var bytes = ref MemoryMarshal.GetReference(uuid);
        WriteUuidBlock(index, Vector128.LoadUnsafe(ref bytes, 0), Vector128.LoadUnsafe(ref bytes, 16), BinaryPrimitives.ReadUInt32BigEndian(uuid[32..]));
    }

    /// <summary>Lower-cases the 36 ASCII bytes given as 16 + 16 + 4 and stores them padded in the token's lane.</summary>
    private void WriteUuidBlock(int index, Vector128<byte> first, Vector128<byte> second, uint last)
    {
        var lower = Vector128.Create((byte)0x20);
        var bigEndian = Vector128.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12);
        var head = Vector128.Shuffle(first | lower, bigEndian).AsUInt32();
        var middle = Vector128.Shuffle(second | lower, bigEndian).AsUInt32();
        var lane = index % Sha256MultiBlock.Lanes;
        var group = blocks.AsSpan((index / Sha256MultiBlock.Lanes) * Sha256MultiBlock.BlockWords, Sha256MultiBlock.BlockWords);
        const int L = Sha256MultiBlock.Lanes;
        group[lane] = head.GetElement(0);
        group[L + lane] = head.GetElement(1);
        group[(2 * L) + lane] = head.GetElement(2);
        group[(3 * L) + lane] = head.GetElement(3);
        group[(4 * L) + lane] = middle.GetElement(0);
        group[(5 * L) + lane] = middle.GetElement(1);
        group[(6 * L) + lane] = middle.GetElement(2);
        group[(7 * L) + lane] = middle.GetElement(3);
        group[(8 * L) + lane] = last | 0x20202020;

        // Words 9-15: the padding of a 36-byte message (FIPS 180-4 §5.1.1), after the key block under HMAC.
        group[(9 * L) + lane] = 0x80000000;
        group[(10 * L) + lane] = 0;
        group[(11 * L) + lane] = 0;
        group[(12 * L) + lane] = 0;
        group[(13 * L) + lane] = 0;
        group[(14 * L) + lane] = 0;
        group[(15 * L) + lane] = (uint)(CanonicalToken.UuidLength + (key is null ? 0 : BlockBytes)) * 8;
    }

    /// <summary>The constant part of every outer block: the padding of a 32-byte message after the 64-byte key block.</summary>
    private static void PrepareOuterBlocks(Span<uint> outerBlocks)
    {
        outerBlocks[(8 * Sha256MultiBlock.Lanes)..].Clear();
        outerBlocks.Slice(8 * Sha256MultiBlock.Lanes, Sha256MultiBlock.Lanes).Fill(0x80000000);
        outerBlocks.Slice(15 * Sha256MultiBlock.Lanes, Sha256MultiBlock.Lanes).Fill((BlockBytes + DigestBytes) * 8);
    }

    private void CompressGroup(ReadOnlySpan<uint> initial, ReadOnlySpan<uint> group, Span<uint> states, int lanes)
    {
        if (path == TokenHashPath.Scalar || lanes <= ScalarRemainderLanes)
        {
            for (var lane = 0; lane < lanes; lane++)
            {
                Sha256MultiBlock.CompressLane(initial, group, states, lane);
            }
        }
        else if (path == TokenHashPath.Vector512 && lanes > 8)
        {
            Sha256MultiBlock.Compress16(initial, group, states);
        }
        else
        {
            // The 256-bit path, or a remainder of at most 8 tokens on the 512-bit path: half the work of a 16-lane pass.
            Sha256MultiBlock.Compress8(initial, group, states, 0);
            if (lanes > 8)
            {
                Sha256MultiBlock.Compress8(initial, group, states, 8);
            }
        }
    }

    private void WriteDigests(int start, int lanes, ReadOnlySpan<uint> states)
    {
        for (var lane = 0; lane < lanes; lane++)
        {
            var index = start + lane;
            if (hashedOnAdd[index])
            {
                continue;
            }

            var digest = digests.AsSpan(index * DigestBytes, DigestBytes);
            for (var t = 0; t < 8; t++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(digest[(t * 4)..], states[(t * Sha256MultiBlock.Lanes) + lane]);
            }
        }
    }
}
