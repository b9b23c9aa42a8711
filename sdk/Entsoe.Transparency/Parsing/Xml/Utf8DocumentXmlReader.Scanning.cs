using System.Buffers;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>Moving from node to node: markup, text, and what the reader's settings skip (comments, PIs, white space).</summary>
internal sealed partial class Utf8DocumentXmlReader
{
    private static readonly SearchValues<byte> XmlWhitespace = SearchValues.Create(" \t\r\n"u8);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private OpenElement[] open = new OpenElement[16];
    private int openCount;
    private bool popPending;
    private int emptyElementMark = -1;
    private bool rootSeen;
    private bool rootClosed;
    private bool declarationAllowed = true;

    // An element whose start tag has been read and whose end tag is still to come: its name's bytes, for the end tag to
    // match, and its names and namespace, for the end tag's node.
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
            EndNamespaceScope(emptyElementMark);
            emptyElementMark = -1;
        }
        else
        {
            EndNamespaceScope(open[--openCount].NamespaceMark);
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

    private void SkipWhitespace()
    {
        while (pos < end && IsWhitespace(data[pos]))
        {
            pos++;
        }
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
