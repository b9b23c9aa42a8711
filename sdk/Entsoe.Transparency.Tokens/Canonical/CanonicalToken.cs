using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// The canonical form of a presented or stored plaintext token: the bytes that are hashed and compared.
/// </summary>
/// <remarks>
/// Surrounding ASCII whitespace (space, tab, CR, LF) is trimmed. A UUID-shaped result (8-4-4-4-12 hex digits,
/// either case) is lower-cased, because SQL Server's default collations compare today's UUID tokens
/// case-insensitively and clients that send upper case must keep working. Any other value is used as it is,
/// untrimmed, byte for byte: we cannot know which of its characters are significant.
/// </remarks>
public static class CanonicalToken
{
    /// <summary>Length of a UUID in its 8-4-4-4-12 text form.</summary>
    public const int UuidLength = 36;

    /// <summary>Returns the canonical form of <paramref name="token"/>.</summary>
    public static string Canonicalize(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var trimmed = TrimAsciiWhitespace(token.AsSpan());
        if (!IsUuidShaped(trimmed))
        {
            return token;
        }

        return string.Create(UuidLength, token, static (destination, source) =>
        {
            var span = TrimAsciiWhitespace(source.AsSpan());
            for (var i = 0; i < span.Length; i++)
            {
                destination[i] = (char)AsciiLower(span[i]);
            }
        });
    }

    /// <summary>Describes how <paramref name="token"/> relates to its canonical form, without allocating.</summary>
    public static CanonicalFlags Describe(ReadOnlySpan<char> token)
    {
        var trimmed = TrimAsciiWhitespace(token);
        if (!IsUuidShaped(trimmed))
        {
            return CanonicalFlags.NonUuid;
        }

        var flags = CanonicalFlags.None;
        if (trimmed.Length != token.Length)
        {
            flags |= CanonicalFlags.Whitespace;
        }

        foreach (var c in trimmed)
        {
            if (c is >= 'A' and <= 'F')
            {
                flags |= CanonicalFlags.CaseNormalized;
                break;
            }
        }

        return flags;
    }

    /// <summary>True when <paramref name="value"/> is exactly 8-4-4-4-12 hexadecimal digits, in either case.</summary>
    public static bool IsUuidShaped(ReadOnlySpan<char> value)
    {
        if (value.Length != UuidLength)
        {
            return false;
        }

        if (!Vector128.IsHardwareAccelerated)
        {
            return IsUuidShapedScalar(value);
        }

        // Five overlapping 8-character loads cover the 36 characters; the dashes (at 8, 13, 18 and 23) fall in the
        // second and third. Every load is checked whole, so no character is skipped and none is judged twice
        // differently: an overlapping character has the same role in both loads.
        ref var start = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(value));
        var ok = IsHexOrDash(Vector128.LoadUnsafe(ref start, 0), Vector128<ushort>.Zero)
            & IsHexOrDash(Vector128.LoadUnsafe(ref start, 8), Vector128.Create(0xFFFF, 0, 0, 0, 0, 0xFFFF, 0, 0))
            & IsHexOrDash(Vector128.LoadUnsafe(ref start, 16), Vector128.Create(0, 0, 0xFFFF, 0, 0, 0, 0, 0xFFFF))
            & IsHexOrDash(Vector128.LoadUnsafe(ref start, 24), Vector128<ushort>.Zero)
            & IsHexOrDash(Vector128.LoadUnsafe(ref start, 28), Vector128<ushort>.Zero);
        return ok == Vector128<ushort>.AllBitsSet;
    }

    /// <summary>The same test on UTF-8 bytes (a UUID is ASCII, so one byte per character).</summary>
    internal static bool IsUuidShaped(ReadOnlySpan<byte> value)
    {
        if (value.Length != UuidLength)
        {
            return false;
        }

        if (!Vector128.IsHardwareAccelerated)
        {
            return IsUuidShapedScalar(value);
        }

        // Loads of 16 bytes at 0, 16 and 20: dashes at 8 and 13 in the first, 18 and 23 in the second, 23 in the third.
        ref var start = ref MemoryMarshal.GetReference(value);
        var ok = IsHexOrDash(Vector128.LoadUnsafe(ref start, 0), Vector128.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0, 0, 0, 0, 0xFF, 0, 0))
            & IsHexOrDash(Vector128.LoadUnsafe(ref start, 16), Vector128.Create((byte)0, 0, 0xFF, 0, 0, 0, 0, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0))
            & IsHexOrDash(Vector128.LoadUnsafe(ref start, 20), Vector128.Create((byte)0, 0, 0, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        return ok == Vector128<byte>.AllBitsSet;
    }

    internal static bool IsUuidShapedScalar(ReadOnlySpan<char> value)
    {
        if (value.Length != UuidLength)
        {
            return false;
        }

        for (var i = 0; i < UuidLength; i++)
        {
            var c = value[i];
            if (i is 8 or 13 or 18 or 23)
            {
                if (c != '-')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsUuidShapedScalar(ReadOnlySpan<byte> value)
    {
        if (value.Length != UuidLength)
        {
            return false;
        }

        // Latin-1 maps each byte to the char of the same value, so hex digits and '-' stay what they are and every
        // other byte stays something else: the char check decides exactly as a byte check would.
        Span<char> chars = stackalloc char[UuidLength];
        Encoding.Latin1.GetChars(value, chars);
        return IsUuidShapedScalar(chars);
    }

    /// <summary>
    /// Writes the UTF-8 bytes of the canonical form of <paramref name="token"/> into <paramref name="destination"/>.
    /// </summary>
    /// <returns>False when <paramref name="destination"/> is too small; <paramref name="bytesWritten"/> is then the size needed.</returns>
    public static bool TryWriteUtf8(ReadOnlySpan<char> token, Span<byte> destination, out int bytesWritten)
    {
        var trimmed = TrimAsciiWhitespace(token);
        if (IsUuidShaped(trimmed))
        {
            bytesWritten = UuidLength;
            if (destination.Length < UuidLength)
            {
                return false;
            }

            // UUID-shaped text is ASCII, so lowering it to bytes is exact and vectorized.
            Ascii.ToLower(trimmed, destination, out _);
            return true;
        }

        if (Encoding.UTF8.TryGetBytes(token, destination, out bytesWritten))
        {
            return true;
        }

        bytesWritten = Encoding.UTF8.GetByteCount(token);
        return false;
    }

    /// <summary>The largest number of UTF-8 bytes the canonical form of <paramref name="token"/> can take.</summary>
    public static int MaxUtf8Length(ReadOnlySpan<char> token) => Encoding.UTF8.GetMaxByteCount(token.Length);

    internal static ReadOnlySpan<char> TrimAsciiWhitespace(ReadOnlySpan<char> value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsAsciiWhitespace(value[start]))
        {
            start++;
        }

        while (end > start && IsAsciiWhitespace(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    internal static ReadOnlySpan<byte> TrimAsciiWhitespace(ReadOnlySpan<byte> value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsAsciiWhitespace((char)value[start]))
        {
            start++;
        }

        while (end > start && IsAsciiWhitespace((char)value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    // All lanes set where a character is a hex digit (either case), or, at the lanes set in dashes, where it is '-'.
    // Unsigned wrap-around makes one comparison a range check: c - '0' <= 9 only for '0'-'9'. Setting bit 5 maps
    // 'A'-'F' onto 'a'-'f' and moves nothing else into that range. Two copies (chars, bytes): a generic one over
    // IBinaryInteger is not inlined by the JIT, and the calls cost more than the checks.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> IsHexOrDash(Vector128<ushort> chars, Vector128<ushort> dashes)
    {
        var digit = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var letter = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)5));
        var dash = Vector128.Equals(chars, Vector128.Create((ushort)'-'));
        return Vector128.ConditionalSelect(dashes, dash, digit | letter);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> IsHexOrDash(Vector128<byte> bytes, Vector128<byte> dashes)
    {
        var digit = Vector128.LessThanOrEqual(bytes - Vector128.Create((byte)'0'), Vector128.Create((byte)9));
        var letter = Vector128.LessThanOrEqual((bytes | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)5));
        var dash = Vector128.Equals(bytes, Vector128.Create((byte)'-'));
        return Vector128.ConditionalSelect(dashes, dash, digit | letter);
    }

    // Only called on UUID-shaped text: setting bit 5 lower-cases A-F and leaves 0-9, a-f and '-' as they are,
    // without a culture-aware call per character on the hot path.
    private static byte AsciiLower(char c) => (byte)(c | 0x20);
}
