using System.Buffers;
using System.Text;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>
/// Values: kept as a range of bytes until asked for, then copied (plain ASCII) or decoded with line ends normalized
/// and references expanded (XML 1.0 §2.11, §3.3.3, §4.1, §4.6).
/// </summary>
internal sealed partial class Utf8DocumentXmlReader
{
    private static readonly SearchValues<byte> TextDecodeStops = SearchValues.Create("&\r"u8);
    private static readonly SearchValues<byte> AttributeDecodeStops = SearchValues.Create("&\r\n\t"u8);

    private int valueStart;
    private int valueEnd;
    private bool valueSimple;
    private ValueKind valueKind;
    private string? valueString;
    private char[] decoded = [];
    private int decodedLength = -1;
    private int chunkOffset;

    private enum ValueKind
    {
        Text,
        CData,
        Attribute,
    }

    private void ResetValue()
    {
        valueString = null;
        decodedLength = -1;
        chunkOffset = 0;
    }

    private void SetValue(int from, int to, bool simple, ValueKind kind)
    {
        valueStart = from;
        valueEnd = to;
        valueSimple = simple;
        valueKind = kind;
    }

    private string NodeValue() => valueString ??= valueSimple
        ? Encoding.UTF8.GetString(data, valueStart, valueEnd - valueStart)
        : new string(DecodedValue());

    private string AttributeValue(int i)
    {
        ref var attribute = ref attributes[i];
        if (attribute.Value is null)
        {
            attribute.Value = attribute.Simple
                ? Encoding.UTF8.GetString(data, attribute.ValueStart, attribute.ValueEnd - attribute.ValueStart)
                : Decode(attribute.ValueStart, attribute.ValueEnd, ValueKind.Attribute);
        }

        return attribute.Value;
    }

    private ReadOnlySpan<char> DecodedValue()
    {
        if (decodedLength < 0)
        {
            if (decoded.Length < valueEnd - valueStart)
            {
                decoded = new char[Math.Max(valueEnd - valueStart, 2 * decoded.Length)];
            }

            decodedLength = DecodeInto(decoded, valueStart, valueEnd, valueKind);
        }

        return decoded.AsSpan(0, decodedLength);
    }

    private string Decode(int from, int to, ValueKind kind)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(to - from, 1));
        try
        {
            return new string(buffer, 0, DecodeInto(buffer, from, to, kind));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The characters of bytes [<paramref name="from"/>, <paramref name="to"/>) into <paramref name="buffer"/>, which
    /// holds at least as many characters as there are bytes (no decoding or expansion makes a value longer).
    /// </summary>
    private int DecodeInto(char[] buffer, int from, int to, ValueKind kind)
    {
        var stops = kind == ValueKind.Attribute ? AttributeDecodeStops : TextDecodeStops;
        var written = 0;
        var at = from;
        while (at < to)
        {
            var found = data.AsSpan(at, to - at).IndexOfAny(stops);
            var plain = found < 0 ? to - at : found;
            written += Encoding.UTF8.GetChars(data, at, plain, buffer, written);
            at += plain;
            if (found < 0)
            {
                break;
            }

            var b = data[at];
            if (b == (byte)'&' && kind != ValueKind.CData)
            {
                var (code, next) = ReferenceAt(at);
                written += new Rune(code).EncodeToUtf16(buffer.AsSpan(written));
                at = next;
                continue;
            }

            // CR LF and a lone CR are one LF (§2.11); in an attribute every white space character is a space (§3.3.3).
            if (b == (byte)'\r' && at + 1 < to && data[at + 1] == (byte)'\n')
            {
                at++;
            }

            buffer[written++] = kind == ValueKind.Attribute ? ' ' : b == (byte)'&' ? '&' : '\n';
            at++;
        }

        return written;
    }

    /// <summary>Checks the reference at <paramref name="at"/> (its '&amp;') and returns the offset after its ';'.</summary>
    private int ScanReference(int at) => ReferenceAt(at).Next;

    /// <summary>
    /// The character the reference at <paramref name="at"/> stands for: one of the five predefined entities or a
    /// character reference to a character XML allows. Any other name is an undeclared entity: without a DTD there is
    /// nothing else it could be, and nothing is ever expanded or fetched.
    /// </summary>
    private (int Code, int Next) ReferenceAt(int at)
    {
        if (at + 1 < end && data[at + 1] == (byte)'#')
        {
            return CharacterReference(at);
        }

        var rest = data.AsSpan(at + 1, end - at - 1);
        if (rest.StartsWith("lt;"u8))
        {
            return ('<', at + 4);
        }

        if (rest.StartsWith("gt;"u8))
        {
            return ('>', at + 4);
        }

        if (rest.StartsWith("amp;"u8))
        {
            return ('&', at + 5);
        }

        if (rest.StartsWith("quot;"u8))
        {
            return ('"', at + 6);
        }

        if (rest.StartsWith("apos;"u8))
        {
            return ('\'', at + 6);
        }

        var nameEnd = ScanQualifiedName(at + 1, out _);
        if (data[nameEnd] != (byte)';')
        {
            throw Error("An error occurred while parsing EntityName.", nameEnd);
        }

        throw Error($"Reference to undeclared entity '{Encoding.UTF8.GetString(data, at + 1, nameEnd - at - 1)}'.", at + 1);
    }

    private (int Code, int Next) CharacterReference(int at)
    {
        var i = at + 2;
        var hex = i < end && data[i] == (byte)'x';
        if (hex)
        {
            i++;
        }

        var digits = i;
        var code = 0;
        for (; i < end; i++)
        {
            var d = data[i];
            var value = d is >= (byte)'0' and <= (byte)'9' ? d - '0'
                : hex && (d | 0x20) is >= 'a' and <= 'f' ? (d | 0x20) - 'a' + 10
                : -1;
            if (value < 0)
            {
                break;
            }

            code = Math.Min((code * (hex ? 16 : 10)) + value, 0x110000);
        }

        if (i >= end)
        {
            throw UnexpectedEnd();
        }

        if (i == digits || data[i] != (byte)';')
        {
            throw Error($"Invalid syntax for a {(hex ? "hexadecimal" : "decimal")} numeric entity reference.", i);
        }

        // XML 1.0 §4.1 WFC: Legal Character.
        if (!(code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF)))
        {
            throw Error($"'{Encoding.ASCII.GetString(data, at, i - at + 1)}' is an invalid character reference.", at + 2);
        }

        return (code, i + 1);
    }

    public override int ReadValueChunk(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - index);
        if (attributeIndex >= 0)
        {
            return CopyChunk(AttributeValue(attributeIndex), buffer, index, count);
        }

        if (nodeType is not (XmlNodeType.Text or XmlNodeType.CDATA))
        {
            throw new InvalidOperationException($"ReadValueChunk is not supported on a node of type {nodeType}.");
        }

        // Plain ASCII (every number the platform writes): each byte is its character, widened straight into the
        // caller's buffer. Anything else, or a value already partly read the other way, is decoded once.
        if (valueSimple && decodedLength < 0)
        {
            var length = Math.Min(count, valueEnd - valueStart - chunkOffset);
            if (Ascii.ToUtf16(data.AsSpan(valueStart + chunkOffset, length), buffer.AsSpan(index, length), out _) == OperationStatus.Done)
            {
                chunkOffset += length;
                return length;
            }

            // The chunks read so far were ASCII, so the count of bytes they took is a count of characters too.
        }

        return CopyChunk(DecodedValue(), buffer, index, count);
    }

    // The whole rest of the value when the buffer has room (SafeXmlReader.ReturnsWholeValueChunks counts on it), never
    // half of a surrogate pair unless the buffer holds one character only.
    private int CopyChunk(ReadOnlySpan<char> value, char[] buffer, int index, int count)
    {
        var length = Math.Min(count, value.Length - chunkOffset);
        if (length > 1 && length < value.Length - chunkOffset && char.IsHighSurrogate(value[chunkOffset + length - 1]))
        {
            length--;
        }

        value.Slice(chunkOffset, length).CopyTo(buffer.AsSpan(index));
        chunkOffset += length;
        return length;
    }
}
