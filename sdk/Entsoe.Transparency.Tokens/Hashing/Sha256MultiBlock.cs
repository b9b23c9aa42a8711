using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// The SHA-256 compression function (FIPS 180-4 §6.2.2) applied to one 64-byte block of up to 16 independent messages
/// at once, each lane of a SIMD register holding one message's word.
/// </summary>
/// <remarks>
/// <para>
/// Why it exists: an HMAC-SHA256 of a token of at most 55 bytes is exactly two compressions once the key's inner and
/// outer midstates are known, but no .NET or OpenSSL API accepts a midstate, and each call into OpenSSL costs more in
/// interop and context bookkeeping than the two compressions themselves. Running 8 or 16 independent messages in the
/// lanes of one vector turns the 64 rounds into 64 vector rounds for the whole group. Every result is cross-checked in
/// the tests against the platform's <c>HMACSHA256</c> and <c>SHA256</c> on every path.
/// </para>
/// <para>
/// Layout of a group: block word <c>t</c> (big-endian, as FIPS 180-4 §5.2.1 reads it) of lane <c>l</c> is at
/// <c>t * Lanes + l</c>; an output state word <c>t</c> of lane <c>l</c> likewise. The 256-bit path handles lanes 0-7 or
/// 8-15 of the same layout, the scalar path one lane, so the three paths share one buffer format.
/// </para>
/// </remarks>
internal static class Sha256MultiBlock
{
    /// <summary>Messages per group: the widest path's lane count.</summary>
    public const int Lanes = 16;

    /// <summary>Words of one group's blocks (16 words per message).</summary>
    public const int BlockWords = 16 * Lanes;

    /// <summary>Words of one group's states (8 words per message).</summary>
    public const int StateWords = 8 * Lanes;

    // The constants are arrays, not `ReadOnlySpan<uint> X => [...]` properties: for elements wider than a byte the
    // compiler builds such a span through RuntimeHelpers.CreateSpan, which unoptimized (Debug) code calls for real, and
    // each call allocates 72 bytes. An array is read in place in every build, so hashing allocates nothing in Debug too.

    /// <summary>The initial hash value H(0) of FIPS 180-4 §5.3.3.</summary>
    public static ReadOnlySpan<uint> InitialState => InitialStateWords;

    /// <summary>The round constants K of FIPS 180-4 §4.2.2.</summary>
    private static ReadOnlySpan<uint> K => RoundConstants;

    private static readonly uint[] InitialStateWords =
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    private static readonly uint[] RoundConstants =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>True when <paramref name="path"/> can run on this machine.</summary>
    public static bool IsSupported(TokenHashPath path) => path switch
    {
        TokenHashPath.Platform or TokenHashPath.Scalar => true,
        TokenHashPath.Vector256 => Vector256.IsHardwareAccelerated,
        TokenHashPath.Vector512 => Vector512.IsHardwareAccelerated && Avx512F.IsSupported,
        _ => false,
    };

    /// <summary>The widest accelerated path, or the platform's per-token hash when no vector width is accelerated.</summary>
    public static TokenHashPath Best =>
        IsSupported(TokenHashPath.Vector512) ? TokenHashPath.Vector512
        : IsSupported(TokenHashPath.Vector256) ? TokenHashPath.Vector256
        : TokenHashPath.Platform;

    /// <summary>
    /// Compresses one contiguous 16-word block into <paramref name="state"/> in place (for the key midstates, where the
    /// block is not part of a group).
    /// </summary>
    public static void Compress(Span<uint> state, ReadOnlySpan<uint> block)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(state.Length, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(block.Length, 16);
        Span<uint> w = stackalloc uint[64];
        block[..16].CopyTo(w);
        Rounds(state, w);
        CryptographicZero(w);
    }

    /// <summary>Compresses lane <paramref name="lane"/> of a group, starting from <paramref name="initial"/>.</summary>
    public static void CompressLane(ReadOnlySpan<uint> initial, ReadOnlySpan<uint> blocks, Span<uint> states, int lane)
    {
        CheckGroup(initial, blocks, states);
        ArgumentOutOfRangeException.ThrowIfNegative(lane);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lane, Lanes);
        Span<uint> w = stackalloc uint[64];
        for (var t = 0; t < 16; t++)
        {
            w[t] = blocks[(t * Lanes) + lane];
        }

        Span<uint> state = stackalloc uint[8];
        initial[..8].CopyTo(state);
        Rounds(state, w);
        for (var t = 0; t < 8; t++)
        {
            states[(t * Lanes) + lane] = state[t];
        }

        CryptographicZero(w);
        CryptographicZero(state);
    }

    /// <summary>Compresses lanes <paramref name="laneOffset"/> to <paramref name="laneOffset"/>+7 of a group at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Compress8(ReadOnlySpan<uint> initial, ReadOnlySpan<uint> blocks, Span<uint> states, int laneOffset)
    {
        CheckGroup(initial, blocks, states);
        if (laneOffset is not (0 or 8))
        {
            throw new ArgumentOutOfRangeException(nameof(laneOffset), "The lane offset is 0 or 8.");
        }

        Span<Vector256<uint>> window = stackalloc Vector256<uint>[16];
        ref var w = ref MemoryMarshal.GetReference(window);
        ref var source = ref MemoryMarshal.GetReference(blocks);
        for (var t = 0; t < 16; t++)
        {
            Unsafe.Add(ref w, t) = Vector256.LoadUnsafe(ref source, (nuint)((t * Lanes) + laneOffset));
        }

        var a = Vector256.Create(initial[0]);
        var b = Vector256.Create(initial[1]);
        var c = Vector256.Create(initial[2]);
        var d = Vector256.Create(initial[3]);
        var e = Vector256.Create(initial[4]);
        var f = Vector256.Create(initial[5]);
        var g = Vector256.Create(initial[6]);
        var h = Vector256.Create(initial[7]);
        ref var k = ref MemoryMarshal.GetReference(K);
        for (var t = 0; t < 64; t++)
        {
            Vector256<uint> wt;
            if (t < 16)
            {
                wt = Unsafe.Add(ref w, t);
            }
            else
            {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], kept in a 16-entry ring (FIPS 180-4 §6.2.2 step 1).
                var w2 = Unsafe.Add(ref w, (t - 2) & 15);
                var w15 = Unsafe.Add(ref w, (t - 15) & 15);
                var s1 = Rotr(w2, 17) ^ Rotr(w2, 19) ^ Vector256.ShiftRightLogical(w2, 10);
                var s0 = Rotr(w15, 7) ^ Rotr(w15, 18) ^ Vector256.ShiftRightLogical(w15, 3);
                wt = s1 + Unsafe.Add(ref w, (t - 7) & 15) + s0 + Unsafe.Add(ref w, t & 15);
                Unsafe.Add(ref w, t & 15) = wt;
            }

            var sigma1 = Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25);
            var ch = g ^ (e & (f ^ g));
            var t1 = h + sigma1 + ch + Vector256.Create(Unsafe.Add(ref k, t)) + wt;
            var sigma0 = Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22);
            var maj = (a & b) | (c & (a | b));
            var t2 = sigma0 + maj;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        ref var target = ref MemoryMarshal.GetReference(states);
        var offset = (nuint)laneOffset;
        (a + Vector256.Create(initial[0])).StoreUnsafe(ref target, offset);
        (b + Vector256.Create(initial[1])).StoreUnsafe(ref target, offset + Lanes);
        (c + Vector256.Create(initial[2])).StoreUnsafe(ref target, offset + (2 * Lanes));
        (d + Vector256.Create(initial[3])).StoreUnsafe(ref target, offset + (3 * Lanes));
        (e + Vector256.Create(initial[4])).StoreUnsafe(ref target, offset + (4 * Lanes));
        (f + Vector256.Create(initial[5])).StoreUnsafe(ref target, offset + (5 * Lanes));
        (g + Vector256.Create(initial[6])).StoreUnsafe(ref target, offset + (6 * Lanes));
        (h + Vector256.Create(initial[7])).StoreUnsafe(ref target, offset + (7 * Lanes));
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(window));
    }

    /// <summary>Compresses all 16 lanes of a group at once; requires AVX-512F.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Compress16(ReadOnlySpan<uint> initial, ReadOnlySpan<uint> blocks, Span<uint> states)
    {
        CheckGroup(initial, blocks, states);
        if (!Avx512F.IsSupported)
        {
            throw new PlatformNotSupportedException("The 512-bit SHA-256 path needs AVX-512F.");
        }

        Span<Vector512<uint>> window = stackalloc Vector512<uint>[16];
        ref var w = ref MemoryMarshal.GetReference(window);
        ref var source = ref MemoryMarshal.GetReference(blocks);
        for (var t = 0; t < 16; t++)
        {
            Unsafe.Add(ref w, t) = Vector512.LoadUnsafe(ref source, (nuint)(t * Lanes));
        }

        var a = Vector512.Create(initial[0]);
        var b = Vector512.Create(initial[1]);
        var c = Vector512.Create(initial[2]);
        var d = Vector512.Create(initial[3]);
        var e = Vector512.Create(initial[4]);
        var f = Vector512.Create(initial[5]);
        var g = Vector512.Create(initial[6]);
        var h = Vector512.Create(initial[7]);
        ref var k = ref MemoryMarshal.GetReference(K);
        for (var t = 0; t < 64; t++)
        {
            Vector512<uint> wt;
            if (t < 16)
            {
                wt = Unsafe.Add(ref w, t);
            }
            else
            {
                var w2 = Unsafe.Add(ref w, (t - 2) & 15);
                var w15 = Unsafe.Add(ref w, (t - 15) & 15);
                var s1 = Xor3(Avx512F.RotateRight(w2, 17), Avx512F.RotateRight(w2, 19), Vector512.ShiftRightLogical(w2, 10));
                var s0 = Xor3(Avx512F.RotateRight(w15, 7), Avx512F.RotateRight(w15, 18), Vector512.ShiftRightLogical(w15, 3));
                wt = s1 + Unsafe.Add(ref w, (t - 7) & 15) + s0 + Unsafe.Add(ref w, t & 15);
                Unsafe.Add(ref w, t & 15) = wt;
            }

            var sigma1 = Xor3(Avx512F.RotateRight(e, 6), Avx512F.RotateRight(e, 11), Avx512F.RotateRight(e, 25));

            // Ternary-logic truth tables over (A, B, C) = 0xF0, 0xCC, 0xAA: Ch = (A & B) | (~A & C) is 0xCA,
            // Maj = (A & B) | (A & C) | (B & C) is 0xE8, A ^ B ^ C is 0x96.
            var ch = Avx512F.TernaryLogic(e, f, g, 0xCA);
            var t1 = h + sigma1 + ch + Vector512.Create(Unsafe.Add(ref k, t)) + wt;
            var sigma0 = Xor3(Avx512F.RotateRight(a, 2), Avx512F.RotateRight(a, 13), Avx512F.RotateRight(a, 22));
            var maj = Avx512F.TernaryLogic(a, b, c, 0xE8);
            var t2 = sigma0 + maj;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        ref var target = ref MemoryMarshal.GetReference(states);
        (a + Vector512.Create(initial[0])).StoreUnsafe(ref target, 0);
        (b + Vector512.Create(initial[1])).StoreUnsafe(ref target, Lanes);
        (c + Vector512.Create(initial[2])).StoreUnsafe(ref target, 2 * Lanes);
        (d + Vector512.Create(initial[3])).StoreUnsafe(ref target, 3 * Lanes);
        (e + Vector512.Create(initial[4])).StoreUnsafe(ref target, 4 * Lanes);
        (f + Vector512.Create(initial[5])).StoreUnsafe(ref target, 5 * Lanes);
        (g + Vector512.Create(initial[6])).StoreUnsafe(ref target, 6 * Lanes);
        (h + Vector512.Create(initial[7])).StoreUnsafe(ref target, 7 * Lanes);
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(window));
    }

    private static void Rounds(Span<uint> state, Span<uint> w)
    {
        for (var t = 16; t < 64; t++)
        {
            var w2 = w[t - 2];
            var w15 = w[t - 15];
            var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
            var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        var k = K;
        for (var t = 0; t < 64; t++)
        {
            var sigma1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            var ch = g ^ (e & (f ^ g));
            var t1 = h + sigma1 + ch + k[t] + w[t];
            var sigma0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            var maj = (a & b) | (c & (a | b));
            var t2 = sigma0 + maj;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Rotr(Vector256<uint> x, int n) =>
        Vector256.ShiftRightLogical(x, n) | Vector256.ShiftLeft(x, 32 - n);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<uint> Xor3(Vector512<uint> a, Vector512<uint> b, Vector512<uint> c) =>
        Avx512F.TernaryLogic(a, b, c, 0x96);

    private static void CheckGroup(ReadOnlySpan<uint> initial, ReadOnlySpan<uint> blocks, Span<uint> states)
    {
        // The vector loads and stores below are unchecked; these three checks are what keeps them in bounds.
        ArgumentOutOfRangeException.ThrowIfLessThan(initial.Length, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(blocks.Length, BlockWords);
        ArgumentOutOfRangeException.ThrowIfLessThan(states.Length, StateWords);
    }

    private static void CryptographicZero(Span<uint> words) =>
        System.Security.Cryptography.CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(words));
}
