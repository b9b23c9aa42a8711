using System.Globalization;
using System.Text;
using System.Xml;

namespace Entsoe.Transparency.Tests.Parsing.Xml;

/// <summary>
/// Everything a reader says about a document, node by node, as lines to compare: what each node is, where it is, its
/// attributes and their values; the last line says whether the document was refused.
/// </summary>
internal static class NodeTrace
{
    public const string Refused = "refused";

    /// <summary>The framework's reader with the SDK's settings, over <paramref name="document"/>.</summary>
    public static XmlReader Framework(byte[] document) => SafeXmlReader.Create(new MemoryStream(document, writable: false));

    /// <summary>The purpose-built reader over <paramref name="document"/>; fails the test when it would not take it on.</summary>
    public static XmlReader Utf8(byte[] document) =>
        Utf8DocumentXmlReader.TryCreate(document, out var reader) ? reader! : throw new InvalidOperationException("The purpose-built reader does not take this document on.");

    /// <summary>As <see cref="Of(XmlReader, bool)"/>, counting a reader that refuses the document as it opens (its first bytes) as a refusal.</summary>
    public static List<string> Of(Func<XmlReader> open, bool withLineInfo = true)
    {
        XmlReader reader;
        try
        {
            reader = open();
        }
        catch (XmlException)
        {
            return [Refused];
        }

        return Of(reader, withLineInfo);
    }

    public static List<string> Of(XmlReader reader, bool withLineInfo = true)
    {
        var lines = new List<string>();
        using (reader)
        {
            try
            {
                while (reader.Read())
                {
                    lines.Add(Describe(reader, withLineInfo));
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            lines.Add("  @" + Describe(reader, withLineInfo));
                            if (reader.ReadAttributeValue())
                            {
                                lines.Add("    ~" + Describe(reader, withLineInfo));
                            }
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }
                }

                lines.Add($"end {reader.ReadState} {reader.EOF}");
            }
            catch (XmlException)
            {
                lines.Add(Refused);
            }
        }

        return lines;
    }

    private static string Describe(XmlReader reader, bool withLineInfo)
    {
        var text = new StringBuilder()
            .Append(reader.NodeType).Append('|').Append(reader.Name).Append('|').Append(reader.LocalName).Append('|')
            .Append(reader.NamespaceURI).Append('|').Append(reader.Prefix).Append('|').Append(reader.Depth.ToString(CultureInfo.InvariantCulture))
            .Append('|').Append(reader.IsEmptyElement).Append('|').Append(reader.AttributeCount.ToString(CultureInfo.InvariantCulture))
            .Append("|[").Append(Escape(reader.Value)).Append(']');
        if (withLineInfo && reader is IXmlLineInfo info)
        {
            text.Append(" at ").Append(info.LineNumber.ToString(CultureInfo.InvariantCulture)).Append(':').Append(info.LinePosition.ToString(CultureInfo.InvariantCulture));
        }

        if (reader.NodeType == XmlNodeType.Element)
        {
            text.Append(" ns(p)=").Append(reader.LookupNamespace("p") ?? "-").Append(" ns()=").Append(reader.LookupNamespace(string.Empty) ?? "-");
        }

        return text.ToString();
    }

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.ToString();
    }
}
