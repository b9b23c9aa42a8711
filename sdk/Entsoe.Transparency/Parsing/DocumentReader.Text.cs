using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>
/// The text of an element and the numbers in it. Reading chunks into a reused buffer instead of
/// <see cref="XmlReader.Value"/> spares a string per number.
/// </summary>
/// <remarks>
/// A number's location is taken only when it fails to read, while the reader is still on its text: the reader's line
/// information is two interface calls, and taking it before every value cost four calls per point for an error that
/// almost never comes.
/// </remarks>
internal sealed partial class DocumentReader
{
    // Where the last value that failed to read as a number was (the line and column of its text).
    private (int Line, int Column) failedAt;

    /// <summary>A form a value's text may take (a decimal, a position, or any text at all): how it is read.</summary>
    private interface IValueForm<T>
    {
        static abstract bool TryParse(ReadOnlySpan<char> text, out T value);
    }

    // Each form is a struct so that the generic readers below are compiled for it alone, with its parsing inlined. Any
    // text reads as TextForm, so plain text takes the same path as numbers, and its failure branch compiles away.
    private readonly struct TextForm : IValueForm<bool>
    {
        public static bool TryParse(ReadOnlySpan<char> text, out bool value) => value = true;
    }

    private readonly struct DecimalForm : IValueForm<decimal>
    {
        public static bool TryParse(ReadOnlySpan<char> text, out decimal value) => InvariantNumber.TryParseDecimal(text, out value);
    }

    private readonly struct PositionForm : IValueForm<int>
    {
        public static bool TryParse(ReadOnlySpan<char> text, out int value) => InvariantNumber.TryParseWhole(text, out value);
    }

    // Inlined into ReadPoint, like the other per-value steps: the reader's calls cannot be inlined in code compiled
    // fully optimized from the start, so what can be is.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadPosition(string name)
    {
        var value = ReadValue<PositionForm, int>(name, out var position, out var parsed);
        return parsed ? position : throw PositionError(value, failedAt.Line, failedAt.Column);
    }

    private static TransparencyDocumentException PositionError(ReadOnlySpan<char> value, int line, int column) =>
        new($"A Point position at line {line.ToString(CultureInfo.InvariantCulture)} is '{Quote(value)}', which is not a positive whole number.", line, column);

    private decimal ReadDecimal(string name) => ReadDecimal(name, reader.LocalName);

    /// <summary>The number in element <paramref name="element"/>, called <paramref name="name"/> in an error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private decimal ReadDecimal(string name, string element)
    {
        // The platform writes numbers in the invariant form ('.' as the decimal separator, no grouping) whatever the
        // reader's culture; anything else is refused rather than guessed.
        var value = ReadValue<DecimalForm, decimal>(element, out var number, out var parsed);
        return parsed ? number : throw DecimalError(name, value, failedAt.Line, failedAt.Column);
    }

    private static TransparencyDocumentException DecimalError(string name, ReadOnlySpan<char> value, int line, int column) =>
        new(
            $"The {name} at line {line.ToString(CultureInfo.InvariantCulture)} is '{Quote(value)}', which is not a number " +
            "(expected digits with '.' as the decimal separator, such as 1234.5).",
            line,
            column);

    private string ReadString() => new(ReadText());

    private ReadOnlySpan<char> ReadText() => ReadText(reader.LocalName);

    /// <summary>
    /// The text content of the current element <paramref name="name"/>, trimmed, in a reused buffer valid until the
    /// next read; the reader is left after the element's end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> ReadText(string name) => ReadValue<TextForm, bool>(name, out _, out _);

    /// <summary>
    /// The text of the current element <paramref name="name"/> (as <see cref="ReadText(string)"/>) and whether it reads
    /// as <typeparamref name="TForm"/>, into <paramref name="value"/>; when it does not, <see cref="failedAt"/> says
    /// where it was.
    /// </summary>
    /// <remarks>
    /// The usual element is one text node, then the end tag: one chunk call reads it when it leaves room in the buffer
    /// (see <see cref="SafeXmlReader.ReturnsWholeValueChunks"/>). Anything else continues in <see cref="ReadValueRest"/>.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> ReadValue<TForm, T>(string name, out T value, out bool parsed)
        where TForm : struct, IValueForm<T>
    {
        if (!wholeValueChunks || reader.IsEmptyElement)
        {
            failedAt = Here();
            var whole = ReadTextFully(name);
            parsed = TForm.TryParse(whole, out value);
            return whole;
        }

        reader.Read();
        if (reader.NodeType != XmlNodeType.Text)
        {
            return ReadValueRest<TForm, T>(name, 0, out value, out parsed);
        }

        var length = reader.ReadValueChunk(text, 0, text.Length);
        if (length == text.Length)
        {
            return ReadValueRest<TForm, T>(name, length, out value, out parsed);
        }

        var chunk = Trimmed(text.AsSpan(0, length));
        parsed = TForm.TryParse(chunk, out value);
        if (!parsed)
        {
            failedAt = Here();
        }

        reader.Read();
        if (reader.NodeType != XmlNodeType.EndElement)
        {
            // More text follows (after a comment, or as CDATA): the value is all of it.
            return ReadValueRest<TForm, T>(name, length, out value, out parsed);
        }

        reader.Read();
        return chunk;
    }

    /// <summary><see cref="ReadValue{TForm, T}"/> in the general way, from the reader's node inside the element.</summary>
    private ReadOnlySpan<char> ReadValueRest<TForm, T>(string name, int length, out T value, out bool parsed)
        where TForm : struct, IValueForm<T>
    {
        failedAt = Here();
        var whole = ReadTextRest(name, length);
        parsed = TForm.TryParse(whole, out value);
        return whole;
    }

    // Printable ASCII is never white space: a value that starts and ends with it (every number the platform writes)
    // needs no trimming.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> value) =>
        value.Length > 0 && IsPrintableAscii(value[0]) && IsPrintableAscii(value[^1]) ? value : value.Trim();

    private static bool IsPrintableAscii(char c) => c is > ' ' and < '\u007f';

    /// <summary><see cref="ReadText(string)"/> in the general way, from the element's start.</summary>
    private ReadOnlySpan<char> ReadTextFully(string name)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return [];
        }

        reader.Read();
        return ReadTextRest(name, 0);
    }

    /// <summary>
    /// The rest of <see cref="ReadText(string)"/> from the reader's node inside the element, the first
    /// <paramref name="length"/> characters of its text already in the buffer.
    /// </summary>
    private ReadOnlySpan<char> ReadTextRest(string name, int length)
    {
        while (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            if (reader.CanReadValueChunk)
            {
                while (true)
                {
                    if (length == text.Length)
                    {
                        GrowText(length + 1);
                    }

                    var read = reader.ReadValueChunk(text, length, text.Length - length);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }
            else
            {
                var value = reader.Value;
                GrowText(length + value.Length);
                value.CopyTo(text.AsSpan(length));
                length += value.Length;
            }

            reader.Read();
        }

        if (reader.NodeType != XmlNodeType.EndElement)
        {
            throw Error($"The element {name} should hold text only but holds {reader.NodeType} '{Quote(reader.LocalName)}'.");
        }

        reader.Read();
        return text.AsSpan(0, length).Trim();
    }

    private void GrowText(int needed)
    {
        if (needed <= text.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, text.Length * 2));
        text.CopyTo(larger, 0);
        ArrayPool<char>.Shared.Return(text);
        text = larger;
    }
}
