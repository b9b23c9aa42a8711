using System.Buffers;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>A start tag's attributes: scanned and checked with the tag, decoded only when asked for, and navigated.</summary>
internal sealed partial class Utf8DocumentXmlReader
{
    // What ends an attribute value or makes it more than its characters (XML 1.0 §3.3.3 normalizes white space).
    private static readonly SearchValues<byte> AttributeSpecials = SearchValues.Create("\"'<&\t\n\r"u8);

    private Attribute[] attributes = new Attribute[4];
    private int attributeCount;
    private int attributeIndex = -1;
    private bool onAttributeValue;

    private struct Attribute
    {
        public QualifiedName QualifiedName;
        public string NamespaceUri;
        public int NameOffset;
        public int NameLength;
        public int ValueStart;
        public int ValueEnd;
        public bool Simple;
        public string? Value;

        public readonly string Name => QualifiedName.Name;

        public readonly string Prefix => QualifiedName.Prefix;

        public readonly string LocalName => QualifiedName.LocalName;
    }

    public override int AttributeCount => nodeType is XmlNodeType.Element or XmlNodeType.XmlDeclaration ? attributeCount : 0;

    /// <summary>The attributes after an element's name, up to and past its '&gt;' or '/&gt;'; sets <see cref="isEmpty"/>.</summary>
    private void ReadAttributes()
    {
        while (true)
        {
            var spaced = pos < end && IsWhitespace(data[pos]);
            SkipWhitespace();
            if (pos >= end)
            {
                throw UnexpectedEnd();
            }

            var b = data[pos];
            if (b == (byte)'>')
            {
                pos++;
                isEmpty = false;
                return;
            }

            if (b == (byte)'/')
            {
                if (pos + 1 >= end)
                {
                    throw UnexpectedEnd();
                }

                if (data[pos + 1] != (byte)'>')
                {
                    throw Error($"'{(char)data[pos + 1]}' is an unexpected token. The expected token is '>'.", pos + 1);
                }

                pos += 2;
                isEmpty = true;
                return;
            }

            if (!spaced)
            {
                throw Error($"'{(char)b}' is an unexpected token. Expecting white space.", pos);
            }

            ReadAttribute();
        }
    }

    private void ReadAttribute()
    {
        var nameStart = pos;
        var nameEnd = ScanQualifiedName(nameStart, out var colon);
        var nameLength = nameEnd - nameStart;
        var qualifiedName = Atomize(nameStart, nameEnd, colon);
        ThrowIfNameRepeated(qualifiedName.Name, nameStart);

        pos = nameEnd;
        SkipWhitespace();
        if (pos >= end)
        {
            throw UnexpectedEnd();
        }

        if (data[pos] != (byte)'=')
        {
            throw Error($"'{(char)data[pos]}' is an unexpected token. The expected token is '='.", pos);
        }

        pos++;
        SkipWhitespace();
        if (pos >= end)
        {
            throw UnexpectedEnd();
        }

        var quote = data[pos];
        if (quote is not ((byte)'"' or (byte)'\''))
        {
            throw Error($"'{(char)quote}' is an unexpected token. The expected token is '\"' or '''.", pos);
        }

        var valueStart = ++pos;
        var simple = true;
        while (true)
        {
            var found = data.AsSpan(pos, end - pos).IndexOfAny(AttributeSpecials);
            if (found < 0)
            {
                throw UnexpectedEnd();
            }

            pos += found;
            var b = data[pos];
            if (b == quote)
            {
                break;
            }

            if (b == (byte)'<')
            {
                throw Error("'<', hexadecimal value 0x3C, is an invalid attribute character.", pos);
            }

            if (b == (byte)'&')
            {
                simple = false;
                pos = ScanReference(pos);
                continue;
            }

            simple &= b is (byte)'"' or (byte)'\'';
            pos++;
        }

        if (attributeCount == attributes.Length)
        {
            Array.Resize(ref attributes, attributeCount * 2);
        }

        attributes[attributeCount++] = new Attribute
        {
            QualifiedName = qualifiedName,
            NamespaceUri = string.Empty,
            NameOffset = nameStart,
            NameLength = nameLength,
            ValueStart = valueStart,
            ValueEnd = pos,
            Simple = simple,
        };
        pos++;

        ref var added = ref attributes[attributeCount - 1];
        if ((object)added.QualifiedName.Name == xmlnsPrefix)
        {
            Declare(string.Empty, AttributeValue(attributeCount - 1), nameStart);
        }
        else if ((object)added.Prefix == xmlnsPrefix)
        {
            Declare(added.LocalName, AttributeValue(attributeCount - 1), nameStart);
        }
    }

    /// <summary>Each attribute's namespace, once the tag's declarations are all known; no two may share a namespace and local name.</summary>
    private void ResolveAttributes()
    {
        var hashed = false;
        for (var i = 0; i < attributeCount; i++)
        {
            ref var attribute = ref attributes[i];
            var qualified = attribute.QualifiedName;
            attribute.NamespaceUri = (object)qualified.Name == xmlnsPrefix ? xmlnsNamespace
                : qualified.Prefix.Length == 0 ? string.Empty
                : NamespaceOf(qualified.Prefix) ?? throw UndeclaredPrefix(qualified.Prefix, attribute.NameOffset);
            if (attribute.NamespaceUri.Length == 0)
            {
                continue;
            }

            ThrowIfResolvedRepeated(i, ref hashed);
        }
    }

    public override string? GetAttribute(string name) => IndexOfAttribute(name) is var i and >= 0 ? AttributeValue(i) : null;

    public override string? GetAttribute(string name, string? namespaceURI) =>
        IndexOfAttribute(name, namespaceURI) is var i and >= 0 ? AttributeValue(i) : null;

    public override string GetAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, AttributeCount);
        return AttributeValue(i);
    }

    public override bool MoveToAttribute(string name) => IndexOfAttribute(name) is var i and >= 0 && MoveTo(i);

    public override bool MoveToAttribute(string name, string? ns) => IndexOfAttribute(name, ns) is var i and >= 0 && MoveTo(i);

    public override void MoveToAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, AttributeCount);
        MoveTo(i);
    }

    private int IndexOfAttribute(string name)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            if (attributes[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfAttribute(string localName, string? namespaceUri)
    {
        namespaceUri ??= string.Empty;
        for (var i = 0; i < AttributeCount; i++)
        {
            if (attributes[i].LocalName == localName && attributes[i].NamespaceUri == namespaceUri)
            {
                return i;
            }
        }

        return -1;
    }

    public override bool MoveToFirstAttribute() => AttributeCount > 0 && MoveTo(0);

    public override bool MoveToNextAttribute()
    {
        var next = attributeIndex + 1;
        return next < AttributeCount && MoveTo(next);
    }

    public override bool ReadAttributeValue()
    {
        if (attributeIndex < 0 || onAttributeValue)
        {
            return false;
        }

        onAttributeValue = true;
        chunkOffset = 0;
        return true;
    }

    private bool MoveTo(int i)
    {
        attributeIndex = i;
        onAttributeValue = false;
        chunkOffset = 0;
        return true;
    }
}
