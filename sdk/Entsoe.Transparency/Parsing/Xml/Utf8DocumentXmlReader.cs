using System.Xml;

namespace Entsoe.Transparency;

/// <summary>
/// A forward-only <see cref="XmlReader"/> over a whole UTF-8 document in memory, read as bytes: the same nodes, names,
/// values and line information as the framework's reader with <see cref="SafeXmlReader"/>'s settings (no DTD,
/// comments, processing instructions and insignificant white space skipped), and an <see cref="XmlException"/> for
/// every document that reader refuses.
/// </summary>
/// <remarks>
/// The framework's reader decodes the document into characters and keeps general bookkeeping for every node; reading
/// the bytes where they lie, with names atomized once and values decoded only when asked for, is what lets a parse
/// stay close to a bare reading pass. Only the five predefined entities and character references are expanded: there
/// is no DTD, so no entity of any other kind can exist, and a DOCTYPE is refused. A document this reader does not take
/// on whole (another encoding, bytes that are not UTF-8 or not XML characters, <c>xml:space</c>, an unusual XML
/// declaration) is left to the framework's reader by <see cref="TryCreate"/>, which then reports any error itself.
/// </remarks>
internal sealed partial class Utf8DocumentXmlReader : XmlReader, IXmlLineInfo
{
    private readonly byte[] data;
    private readonly int start;
    private readonly int end;
    private readonly XmlNameTable names;
    private ReadState state = ReadState.Initial;
    private int pos;

    // The current node. Element-like nodes take their names from here; an attribute, when moved to, from attributes.
    private XmlNodeType nodeType;
    private QualifiedName name = Empty;
    private string namespaceUri = string.Empty;
    private int depth;
    private bool isEmpty;
    private int nodeOffset;

    private Utf8DocumentXmlReader(byte[] data, int start, int end)
    {
        this.data = data;
        this.start = start;
        this.end = end;
        pos = start;
        names = new NameTable();
        xmlPrefix = names.Add("xml");
        xmlnsPrefix = names.Add("xmlns");
        xmlNamespace = names.Add(XmlNamespaceUri);
        xmlnsNamespace = names.Add(XmlnsNamespaceUri);
    }

    public override XmlNodeType NodeType => attributeIndex < 0 ? nodeType : onAttributeValue ? XmlNodeType.Text : XmlNodeType.Attribute;

    public override string LocalName => attributeIndex < 0 ? name.LocalName : onAttributeValue ? string.Empty : attributes[attributeIndex].LocalName;

    public override string NamespaceURI => attributeIndex < 0 ? namespaceUri : onAttributeValue ? string.Empty : attributes[attributeIndex].NamespaceUri;

    public override string Prefix => attributeIndex < 0 ? name.Prefix : onAttributeValue ? string.Empty : attributes[attributeIndex].Prefix;

    public override string Name => attributeIndex < 0 ? name.Name : onAttributeValue ? string.Empty : attributes[attributeIndex].Name;

    public override int Depth => attributeIndex < 0 ? depth : depth + (onAttributeValue ? 2 : 1);

    public override bool IsEmptyElement => attributeIndex < 0 && isEmpty;

    public override string Value => attributeIndex >= 0 ? AttributeValue(attributeIndex)
        : nodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.XmlDeclaration ? NodeValue()
        : string.Empty;

    public override string BaseURI => string.Empty;

    public override bool EOF => state == ReadState.EndOfFile;

    public override ReadState ReadState => state;

    public override XmlNameTable NameTable => names;

    public override bool CanResolveEntity => false;

    /// <summary>
    /// A reader over <paramref name="content"/> when it is a document this reader reads exactly as the framework's
    /// reader would; false when that reader should have it (see the remarks on the type).
    /// </summary>
    public static bool TryCreate(ReadOnlyMemory<byte> content, out Utf8DocumentXmlReader? reader)
    {
        reader = null;
        var span = content.Span;
        var bom = span.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        if (!Utf8DocumentCheck.IsReadable(span[bom..]))
        {
            return false;
        }

        byte[] array;
        int offset;
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null)
        {
            array = segment.Array;
            offset = segment.Offset;
        }
        else
        {
            array = content.ToArray();
            offset = 0;
        }

        reader = new Utf8DocumentXmlReader(array, offset + bom, offset + content.Length);
        return true;
    }

    public override bool MoveToElement()
    {
        if (attributeIndex < 0)
        {
            return false;
        }

        attributeIndex = -1;
        onAttributeValue = false;
        return true;
    }

    public override string? LookupNamespace(string prefix)
    {
        var atom = names.Get(prefix);
        return atom is null ? null : NamespaceOf(atom);
    }

    public override void ResolveEntity() =>
        throw new InvalidOperationException("There is no entity to resolve: a document without a DTD declares none.");

    public override bool CanReadValueChunk => true;

    protected override void Dispose(bool disposing)
    {
        state = ReadState.Closed;
        nodeType = XmlNodeType.None;
        base.Dispose(disposing);
    }

    public bool HasLineInfo() => true;

    public int LineNumber => LineOf(CurrentOffset()).Line;

    public int LinePosition => LineOf(CurrentOffset()).Column;

    private int CurrentOffset() =>
        attributeIndex < 0 ? nodeOffset : onAttributeValue ? attributes[attributeIndex].ValueStart : attributes[attributeIndex].NameOffset;
}
