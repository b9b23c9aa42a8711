using System.Text;
using System.Xml;

namespace Entsoe.Transparency.Tests.Responses;

public class RootElementProbeTests
{
    private const string Ns = "urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3";

    /// <summary>Shapes the probe judges: each with the root the reader reads.</summary>
    public static TheoryData<string, string> Judged => new()
    {
        { $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Publication_MarketDocument xmlns=\"{Ns}\">\n  <mRID>1</mRID>\n</Publication_MarketDocument>", "Publication_MarketDocument" },
        { $"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><GL_MarketDocument xmlns='{Ns}'/>", "GL_MarketDocument" },
        { $"<?xml version=\"1.0\"?>\r\n\t <Unavailability_MarketDocument xmlns=\"{Ns}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">", "Unavailability_MarketDocument" },
        { $"<p:Balancing_MarketDocument xmlns:p=\"{Ns}\" id=\"x\"><p:mRID>1</p:mRID></p:Balancing_MarketDocument>", "Balancing_MarketDocument" },
        { "<root/>", "root" },
        { "<a.b-c_d  x = \"1\"\ty='2' >text</a.b-c_d>", "a.b-c_d" },
    };

    /// <summary>Shapes the probe leaves to the reader, with what the reader answers (null: not XML to it).</summary>
    public static TheoryData<string, string?> Declined => new()
    {
        { "<!-- a comment --><root/>", "root" },
        { "<?xml-stylesheet href='a'?><root/>", "root" },
        { "<?xml version=\"1.0\"?><!DOCTYPE root><root/>", null },
        { "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><root a=\"\xe9\"/>", "root" },
        { "<?xml version=\"1.1\"?><root/>", null },
        { " <?xml version=\"1.0\"?><root/>", null },
        { "<p:root/>", null },
        { "<root a=\"1\" a=\"2\"/>", null },
        { "<root a=\"1\"b=\"2\"/>", null },
        { "<root a=\"&amp;\"/>", "root" },
        { "<root a=\"&bogus;\"/>", null },
        { "<root a=\"<\"/>", null },
        { "<root xml:lang=\"en\"/>", "root" },
        { "<root xmlns:p=\"\"/>", null },
        { "<root xmlns:xml=\"urn:x\"/>", null },
        { "<root xmlns=\"http://www.w3.org/2000/xmlns/\"/>", null },
        { "<Räksmörgås/>", "Räksmörgås" },
        { "<root a=\"é\"/>", "root" },
        { "<root", null },
        { "<root a=\"1", null },
        { "plain text", null },
    };

    [Theory]
    [MemberData(nameof(Judged))]
    public void TryRead_JudgedShape_ReturnsTheReadersRoot(string document, string expected)
    {
        var body = Encoding.UTF8.GetBytes(document);

        Assert.True(RootElementProbe.TryRead(body, out var root));
        Assert.Equal(expected, root);
        Assert.Equal(expected, ReaderRoot(body));
    }

    [Fact]
    public void TryRead_ByteOrderMark_Skipped()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><Publication_MarketDocument xmlns=\"{Ns}\"/>")).ToArray();

        Assert.True(RootElementProbe.TryRead(body, out var root));
        Assert.Equal("Publication_MarketDocument", root);
        Assert.Equal(root, DocumentInspector.Inspect(body).Root);
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void TryRead_ShapeLeftToTheReader_DeclinesAndInspectAnswersAsTheReader(string document, string? expected)
    {
        var body = Encoding.UTF8.GetBytes(document);

        Assert.False(RootElementProbe.TryRead(body, out _));
        Assert.Equal(expected, DocumentInspector.Inspect(body).Root);
        Assert.Equal(expected, ReaderRoot(body));
    }

    [Fact]
    public void TryRead_InvalidUtf8AfterTheTag_DeclinesAndInspectAnswersAsTheReader()
    {
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><root><a>").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("</a></root>")).ToArray();

        Assert.False(RootElementProbe.TryRead(body, out _));
        Assert.Equal(ReaderRoot(body), DocumentInspector.Inspect(body).Root);
    }

    [Fact]
    public void TryRead_Utf16Document_Declines()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><root/>")).ToArray();

        Assert.False(RootElementProbe.TryRead(body, out _));
        Assert.Equal("root", DocumentInspector.Inspect(body).Root);
    }

    [Fact]
    public void Inspect_Acknowledgement_ReadByTheReaderForItsReason()
    {
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Acknowledgement_MarketDocument xmlns=\"urn:iec62325.351:tc57wg16:451-1:acknowledgementdocument:7:0\"><Reason><code>999</code><text>No matching data found</text></Reason></Acknowledgement_MarketDocument>");

        Assert.True(RootElementProbe.TryRead(body, out var probed));
        Assert.Equal(DocumentInspector.AcknowledgementRoot, probed);
        Assert.Equal(new AcknowledgementReason("999", "No matching data found"), DocumentInspector.Inspect(body).Reason);
    }

    // The oracle: what the client answered before the probe existed, and still answers when the probe declines.
    private static string? ReaderRoot(byte[] body)
    {
        try
        {
            using var stream = new MemoryStream(body);
            using var reader = SafeXmlReader.Create(stream);
            return reader.MoveToContent() == XmlNodeType.Element ? reader.LocalName : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
