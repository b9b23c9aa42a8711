using System.Buffers;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>Character data between tags: found and checked as bytes, dropped when it is white space only.</summary>
internal sealed partial class Utf8DocumentXmlReader
{
    // What ends plain text or makes it more than its characters: markup, a reference, a CR to normalize, and a ']' that
    // may start the forbidden "]]>". ASCII only, so that the search is vectorized; non-ASCII text is valid UTF-8 (the
    // document was checked) and is decoded when its value is asked for.
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("<&\r]"u8);

    /// <summary>Text up to the next markup; false (and past it) for white space only, which the settings drop.</summary>
    private bool ReadText()
    {
        var textStart = pos;
        var content = data.AsSpan(pos, end - pos).IndexOfAnyExcept(XmlWhitespace);
        if (content < 0)
        {
            pos = end;
            return false;
        }

        if (data[pos + content] == (byte)'<')
        {
            pos += content;
            return false;
        }

        if (openCount == 0)
        {
            throw Error("Data at the root level is invalid.", pos + content);
        }

        // The white space before the text is part of it: a CR there needs normalizing as much as one after.
        var simple = !data.AsSpan(pos, content).Contains((byte)'\r');
        var at = pos + content;
        while (true)
        {
            var found = data.AsSpan(at, end - at).IndexOfAny(TextSpecials);
            if (found < 0)
            {
                at = end;
                break;
            }

            at += found;
            var b = data[at];
            if (b == (byte)'<')
            {
                break;
            }

            if (b == (byte)'&')
            {
                simple = false;
                at = ScanReference(at);
            }
            else if (b == (byte)']')
            {
                if (at + 2 < end && data[at + 1] == (byte)']' && data[at + 2] == (byte)'>')
                {
                    throw Error("']]>' is not allowed in character data.", at);
                }

                at++;
            }
            else
            {
                simple = false;
                at++;
            }
        }

        pos = at;
        if (!simple && IsWhitespaceOnly(textStart, at))
        {
            return false;
        }

        SetNode(XmlNodeType.Text, Empty, string.Empty, openCount, textStart);
        SetValue(textStart, at, simple, ValueKind.Text);
        return true;
    }

    private bool IsWhitespaceOnly(int from, int to)
    {
        // A text holding references is white space only when each of them stands for white space; the framework's
        // reader drops such text too (IgnoreWhitespace).
        for (var at = from; at < to; at++)
        {
            if (data[at] == (byte)'&')
            {
                var (code, next) = ReferenceAt(at);
                if (code is not (' ' or '\t' or '\n' or '\r'))
                {
                    return false;
                }

                at = next - 1;
            }
            else if (!IsWhitespace(data[at]))
            {
                return false;
            }
        }

        return true;
    }
}
