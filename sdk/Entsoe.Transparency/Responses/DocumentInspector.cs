using System.Xml;

namespace Entsoe.Transparency;

/// <summary>Looks at a body's first bytes and root element without loading the document.</summary>
internal static class DocumentInspector
{
    internal const string AcknowledgementRoot = "Acknowledgement_MarketDocument";

    /// <summary>True for a ZIP local file header or the end record of an empty archive (APPNOTE 4.3.7, 4.3.16).</summary>
    public static bool IsZip(ReadOnlySpan<byte> body) =>
        body.Length >= 4 && body[0] == (byte)'P' && body[1] == (byte)'K'
        && ((body[2] == 3 && body[3] == 4) || (body[2] == 5 && body[3] == 6));

    /// <summary>The root element's local name and, for an acknowledgement, its first reason; null root when not XML.</summary>
    public static (string? Root, AcknowledgementReason? Reason) Inspect(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty || IsZip(body.Span))
        {
            return (null, null);
        }

        // The usual answer, a data document, is judged from its first bytes; an acknowledgement's reason, and every
        // shape the probe does not judge, are the reader's.
        if (RootElementProbe.TryRead(body.Span, out var probed) && probed != AcknowledgementRoot)
        {
            return (probed, null);
        }

        try
        {
            using var stream = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment) && segment.Array is not null
                ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(body.ToArray(), writable: false);
            using var reader = SafeXmlReader.Create(stream);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return (null, null);
            }

            var root = reader.LocalName;
            return root == AcknowledgementRoot ? (root, ReadReason(reader)) : (root, null);
        }
        catch (XmlException)
        {
            return (null, null);
        }
    }

    private static AcknowledgementReason ReadReason(XmlReader reader)
    {
        string? code = null;
        string? text = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Reason")
            {
                using var reason = reader.ReadSubtree();
                reason.Read();
                while (!reason.EOF)
                {
                    // ReadElementContentAsString moves to the next node itself, so only other nodes call Read.
                    if (reason.NodeType == XmlNodeType.Element && reason.LocalName == "code")
                    {
                        code = reason.ReadElementContentAsString().Trim();
                    }
                    else if (reason.NodeType == XmlNodeType.Element && reason.LocalName == "text")
                    {
                        text = reason.ReadElementContentAsString().Trim();
                    }
                    else
                    {
                        reason.Read();
                    }
                }

                break;
            }
        }

        return new AcknowledgementReason(code, text);
    }
}
