using System.Buffers;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>Moving from node to node: markup, text, and what the reader's settings skip (comments, PIs, white space).</summary>
internal sealed partial class Utf8DocumentXmlReader
{
    private static readonly SearchValues<byte> XmlWhitespace = SearchValues.Create(" \t\r\n"u8);

    // What ends plain text or makes it more than its characters: markup, a reference, a CR to normalize, and a ']' that
    // may start the forbidden "]]>". ASCII only, so that the search is vectorized; non-ASCII text is valid UTF-8 (the
    // document was checked) and is decoded when its value is asked for.
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("<&\r]"u8);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private OpenElement[] open = new OpenElement[16];
    private int openCount;
    private bool popPending;
    private int emptyElementMark = -1;
    private bool rootSeen;
    private bool rootClosed;
    private bool declarationAllowed = true;

    // The element whose end tag closes the current one: its name's bytes for the match, its names for the node.
    private struct OpenElement
    {
        public int NameStart;
        public int NameLength;
        public QualifiedName Name;
        public string NamespaceUri;
        public int NamespaceMark;
    }

    internal static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

    public override bool Read()
    {
        attributeIndex = -1;
        onAttributeValue = false;
        if (state != ReadState.Interactive)
        {
            if (state != ReadState.Initial)
            {
                return false;
            }

            state = ReadState.Interactive;
        }

        if (popPending)
        {
            FinishElement();
        }

        attributeCount = 0;
        ResetValue();
        while (true)
        {
            if (pos >= end)
            {
                return AtEnd();
            }

            if (data[pos] != (byte)'<')
            {
                if (ReadText())
                {
                    return true;
                }

                continue;
            }

            if (pos + 1 >= end)
            {
                throw UnexpectedEnd();
            }

            var next = data[pos + 1];
            if (next == (byte)'/')
            {
                ReadEndTag();
                return true;
            }

            if (next == (byte)'!')
            {
                if (ReadBang())
                {
                    return true;
                }
            }
            else if (next == (byte)'?')
            {
                if (ReadProcessingInstruction())
                {
                    return true;
                }
            }
            else
            {
                ReadStartTag();
                return true;
            }

            declarationAllowed = false;
        }
    }

    // An end tag or an empty element leaves its namespace declarations in scope for its own node; they end here.
    private void FinishElement()
    {
        popPending = false;
        if (emptyElementMark >= 0)
        {
            namespaceCount = emptyElementMark;
            emptyElementMark = -1;
        }
        else
        {
            namespaceCount = open[--openCount].NamespaceMark;
        }

        rootClosed = openCount == 0;
    }

    private bool AtEnd()
    {
        if (openCount > 0)
        {
            throw UnexpectedEnd();
        }

        if (!rootSeen)
        {
            throw Error("Root element is missing.", end);
        }

        state = ReadState.EndOfFile;
        SetNode(XmlNodeType.None, Empty, string.Empty, 0, end);
        return false;
    }

    private void ReadStartTag()
    {
        var nameStart = pos + 1;
        if (rootClosed)
        {
            throw Error("There are multiple root elements.", nameStart);
        }

        var nameEnd = ScanQualifiedName(nameStart, out var colon);
        var name = Atomize(nameStart, nameEnd, colon);
        var mark = namespaceCount;
        pos = nameEnd;
        ReadAttributes();
        var uri = name.Prefix.Length == 0 ? NamespaceOf(string.Empty)! : NamespaceOf(name.Prefix) ?? throw UndeclaredPrefix(name.Prefix, nameStart);
        if (attributeCount > 0)
        {
            ResolveAttributes();
        }

        rootSeen = true;
        declarationAllowed = false;
        SetNode(XmlNodeType.Element, name, uri, openCount, nameStart);
        if (isEmpty)
        {
            popPending = true;
            emptyElementMark = mark;
            return;
        }

        if (openCount == open.Length)
        {
            Array.Resize(ref open, open.Length * 2);
        }

        // A document repeats the same element at the same depth: its slot mostly holds the same references already.
        ref var slot = ref open[openCount++];
        slot.NameStart = nameStart;
        slot.NameLength = nameEnd - nameStart;
        slot.NamespaceMark = mark;
        if ((object)slot.Name != name)
        {
            slot.Name = name;
        }

        if ((object)slot.NamespaceUri != uri)
        {
            slot.NamespaceUri = uri;
        }
    }

    private void ReadEndTag()
    {
        var nameStart = pos + 2;
        if (openCount == 0)
        {
            throw Error("Unexpected end tag.", nameStart);
        }

        // The end tag must repeat the start tag's name byte for byte, then white space or '>' (XML 1.0 §3 WFC: Element Type Match).
        ref var element = ref open[openCount - 1];
        var after = nameStart + element.NameLength;
        if (after >= end || !data.AsSpan(nameStart, element.NameLength).SequenceEqual(data.AsSpan(element.NameStart, element.NameLength))
            || !(data[after] == (byte)'>' || IsWhitespace(data[after])))
        {
            var (line, column) = LineOf(element.NameStart);
            throw Error($"The '{element.Name.Name}' start tag on line {line} position {column} does not match the end tag.", nameStart);
        }

        pos = after;
        SkipWhitespace();
        if (pos >= end)
        {
            throw UnexpectedEnd();
        }

        if (data[pos] != (byte)'>')
        {
            throw Error("An end tag holds nothing but its name and white space.", pos);
        }

        pos++;
        SetNode(XmlNodeType.EndElement, element.Name, element.NamespaceUri, openCount - 1, nameStart);
        popPending = true;
    }

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

        var simple = true;
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

    /// <summary>A comment (skipped), a CDATA section (true: a node), or a DOCTYPE (refused).</summary>
    private bool ReadBang()
    {
        var rest = data.AsSpan(pos, end - pos);
        if (rest.StartsWith("<!--"u8))
        {
            var close = rest[4..].IndexOf("--"u8);
            if (close < 0)
            {
                throw UnexpectedEnd();
            }

            var dashes = pos + 4 + close;
            if (dashes + 2 >= end || data[dashes + 2] != (byte)'>')
            {
                throw Error("An XML comment cannot contain '--', and '-' cannot be the last character.", dashes);
            }

            pos = dashes + 3;
            return false;
        }

        if (rest.StartsWith("<![CDATA["u8))
        {
            var valueStart = pos + 9;
            if (openCount == 0)
            {
                throw Error("Data at the root level is invalid.", pos + 1);
            }

            var close = rest[9..].IndexOf("]]>"u8);
            if (close < 0)
            {
                throw UnexpectedEnd();
            }

            var valueEnd = valueStart + close;
            pos = valueEnd + 3;
            SetNode(XmlNodeType.CDATA, Empty, string.Empty, openCount, valueStart);
            SetValue(valueStart, valueEnd, !data.AsSpan(valueStart, close).Contains((byte)'\r'), ValueKind.CData);
            return true;
        }

        if (rest.StartsWith("<!DOCTYPE"u8))
        {
            // The framework's reader says the same with DtdProcessing.Prohibit; the parser names DTDs on the word.
            throw Error(
                rootSeen ? "Unexpected DTD declaration." : "For security reasons DTD is prohibited in this XML document.",
                pos + 2);
        }

        throw Error("Markup starting '<!' is not a comment, a CDATA section or anything this document may hold.", pos + 2);
    }

    /// <summary>A processing instruction (skipped), or the XML declaration when it opens the document (true: a node).</summary>
    private bool ReadProcessingInstruction()
    {
        var targetStart = pos + 2;
        var targetEnd = ScanQualifiedName(targetStart, out var colon);
        var target = data.AsSpan(targetStart, targetEnd - targetStart);
        if (target.Length == 3 && (target[0] | 0x20) == 'x' && (target[1] | 0x20) == 'm' && (target[2] | 0x20) == 'l')
        {
            if (target.SequenceEqual("xml"u8) && declarationAllowed && pos == start)
            {
                ReadDeclaration();
                return true;
            }

            throw Error("Unexpected XML declaration. The XML declaration must be the first node in the document.", targetStart);
        }

        if (colon >= 0)
        {
            throw Error("The ':' character cannot be included in a processing instruction's target.", colon);
        }

        if (targetEnd < end && !IsWhitespace(data[targetEnd]) && data[targetEnd] != (byte)'?')
        {
            throw Error("A processing instruction's target is followed by white space or '?>'.", targetEnd);
        }

        var close = data.AsSpan(targetEnd, end - targetEnd).IndexOf("?>"u8);
        if (close < 0)
        {
            throw UnexpectedEnd();
        }

        pos = targetEnd + close + 2;
        return false;
    }

    private void SkipWhitespace()
    {
        while (pos < end && IsWhitespace(data[pos]))
        {
            pos++;
        }
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

    private void SetNode(XmlNodeType type, QualifiedName nodeName, string uri, int nodeDepth, int offset)
    {
        // Storing a reference costs a GC write barrier; the name and namespace are mostly those of the node before.
        nodeType = type;
        if ((object)name != nodeName)
        {
            name = nodeName;
        }

        if ((object)namespaceUri != uri)
        {
            namespaceUri = uri;
        }

        depth = nodeDepth;
        nodeOffset = offset;
        if (type != XmlNodeType.Element)
        {
            isEmpty = false;
        }
    }
}
