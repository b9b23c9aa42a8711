using System.Xml;

namespace Entsoe.Transparency;

/// <summary>The one way the SDK opens a platform document: streaming, comments and whitespace skipped, nothing resolved.</summary>
internal static class SafeXmlReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTD and no external resolution: a hostile document can neither expand entities nor make the client fetch anything.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>A reader over <paramref name="stream"/>; the caller keeps and disposes the stream.</summary>
    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, Settings);
}
