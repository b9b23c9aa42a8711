using System.Text;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>Markup other than tags: comments and processing instructions (skipped), CDATA, the XML declaration, and a DOCTYPE (refused).</summary>
internal sealed partial class Utf8DocumentXmlReader
{
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

    /// <summary>The XML declaration, already checked by <see cref="Utf8DocumentCheck"/>: a node with its parts as attributes.</summary>
    private void ReadDeclaration()
    {
        if (!XmlDeclarationSyntax.TryRead(data.AsSpan(start, end - start), out var declaration))
        {
            // Utf8DocumentCheck leaves every other declaration to the framework's reader; this one cannot be it.
            throw Error("The XML declaration is not one this reader takes on.", pos + 2);
        }

        attributeCount = 0;
        foreach (var part in declaration.Parts)
        {
            var name = names.Add(part.Name);
            if (attributeCount == attributes.Length)
            {
                Array.Resize(ref attributes, attributeCount * 2);
            }

            attributes[attributeCount++] = new Attribute
            {
                QualifiedName = new QualifiedName(name, string.Empty, name),
                NamespaceUri = string.Empty,
                NameOffset = start + part.NameOffset,
                ValueStart = start + part.ValueOffset,
                Value = part.Value,
            };
        }

        var xml = names.Add("xml");
        SetNode(XmlNodeType.XmlDeclaration, new QualifiedName(xml, string.Empty, xml), string.Empty, 0, pos + 2);
        // The node's value is the declaration's text as written, between "xml" and "?>", without the white space around it.
        // Its line ends are normalized like any text's (XML 1.0 §2.11).
        valueString = Encoding.ASCII.GetString(data, start + 5, declaration.End - 7).Trim(' ', '\t', '\r', '\n')
            .Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        valueSimple = true;
        pos = start + declaration.End;
        declarationAllowed = false;
    }
}
