using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Entsoe.Transparency.Tests.Parsing.Xml;

// The purpose-built reader against the framework's, node by node: on the platform's real documents, the test
// project's own fixtures and documents made to reach every rule it carries.
public class Utf8DocumentXmlReaderTests
{
    private static readonly string Long = new('x', 9000);

    public static TheoryData<string> Tricky { get; } = new()
    {
        "<a/>",
        "<a></a>",
        "<?xml version=\"1.0\"?><a/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>1</a>",
        "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\r\n<a>1</a>",
        "<?xml  version = \"1.0\"   standalone=\"no\" ?><a/>",
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a>\n  <b>x</b>\n</a>",
        "\uFEFF<a>x</a>",
        "\n\n  <a>x</a>\n\n",
        "<a><![CDATA[ <not> &markup; ]]></a>",
        "<a>before<![CDATA[in\r\nside]]>after</a>",
        "<a><![CDATA[]]></a>",
        "<a><![CDATA[   ]]></a>",
        "<a>&lt;&gt;&amp;&quot;&apos;</a>",
        "<a>&#65;&#x42;&#x1F600;&#128512;&#0000065;</a>",
        "<a>&#x9;</a>",
        "<a> &#32; </a>",
        "<a>&#32;x</a>",
        "<a>x &#xD; y</a>",
        "<a>line1\r\nline2\rline3\nline4</a>",
        "<a>\r\n x</a>",
        "<a>\r x</a>",
        "<?xml version=\"1.0\"\r\n encoding=\"UTF-8\"\rstandalone=\"yes\"?><a/>",
        "<a>\r\n  <b>\r\n    x\r\n  </b>\r\n</a>",
        "<a x=\"1\" y='2' z=\"a&amp;b&lt;&#x41;&quot;'\"/>",
        "<a x=\" a\tb\nc\r\nd\re \"/>",
        "<a x=\"&#9;&#10;&#13;\"/>",
        "<a x='\"' y=\"'\"/>",
        "<a x=\"\"/>",
        "<a\n  x = \"1\"\n  y\t=\t'2'\n/>",
        "<a xmlns=\"urn:one\"><b/><c xmlns=\"urn:two\"><d/></c><e xmlns=\"\"><f/></e></a>",
        "<p:a xmlns:p=\"urn:p\" p:x=\"1\" x=\"2\"><p:b/><q:c xmlns:q=\"urn:q\" q:y=\"3\"/><p:d xmlns:p=\"urn:p2\"/></p:a>",
        "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\" p:x=\"1\" q:y=\"2\"/>",
        "<a xml:lang=\"en\" xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"/>",
        "<a><!-- c --><b/><!----><?pi data?><?pi2?></a><!-- after --><?after?>",
        "<!-- first --><?pi?>\n<a>x<!-- c -->y<?pi?>z</a>",
        "<a>x<b/>y<c>z</c>w</a>",
        "<a>   <b>  x  </b>   </a>",
        "<a>" + Long + "</a>",
        "<a x=\"" + Long + "\">" + Long + "&amp;" + Long + "</a>",
        "<a><![CDATA[" + Long + "]]></a>",
        "<a>é ü 日本 😀 \u00a0</a>",
        "<é:ü xmlns:é=\"urn:é\" é:日=\"v\">x</é:ü>",
        "<a>\u0085\u2028\u007F</a>",
        "<a>]]</a>",
        "<a>] ]> ]]</a>",
        "<a.b-c_d e.f-g=\"1\" _h=\"2\"/>",
        "<a><b><c><d><e><f><g><h><i><j><k><l><m><n><o><p><q><r><s><t>deep</t></s></r></q></p></o></n></m></l></k></j></i></h></g></f></e></d></c></b></a>",
        "<a>tab\tin text</a>",
        "<a>trailing</a>  ",
        "<a>x</a ><b/ >".Replace("<b/ >", string.Empty, StringComparison.Ordinal),
        "<a x=\"1\"\t/>",
        "<a>&amp;lt;</a>",
    };

    public static TheoryData<string> RealAndFixtureDocuments { get; } = RealAndFixtures();

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Read_TrickyDocument_SameNodesAsTheFrameworkReader(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);

        var expected = NodeTrace.Of(NodeTrace.Framework(bytes));
        var actual = NodeTrace.Of(NodeTrace.Utf8(bytes));

        Assert.NotEqual(NodeTrace.Refused, expected[^1]);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(RealAndFixtureDocuments))]
    public void Read_RealOrFixtureDocument_SameNodesAsTheFrameworkReader(string name)
    {
        var bytes = DocumentNamed(name);

        var expected = NodeTrace.Of(NodeTrace.Framework(bytes));
        var actual = NodeTrace.Of(NodeTrace.Utf8(bytes));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\u00e9</a>", "iso-8859-1")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-16\"?><a>x</a>", "utf-16")]
    [InlineData("<?xml version=\"1.0\" encoding=\"us-ascii\"?><a>x</a>", "us-ascii")]
    [InlineData("<a xml:space=\"preserve\"> </a>", "utf-8")]
    [InlineData("<?xml version=\"1.1\"?><a/>", "utf-8")]
    public void Create_OtherEncodingOrRule_FrameworkReaderReadsIt(string document, string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(document)).ToArray();

        var reader = SafeXmlReader.Create(bytes);

        Assert.IsNotType<Utf8DocumentXmlReader>(reader);
        Assert.Equal(NodeTrace.Of(NodeTrace.Framework(bytes)), NodeTrace.Of(reader));
    }

    [Fact]
    public void Create_Utf8Document_ThePurposeBuiltReader()
    {
        Assert.IsType<Utf8DocumentXmlReader>(SafeXmlReader.Create(SampleDocuments.HourlyPrices()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    public void ReadValueChunk_LongValues_ChunksMakeTheValue(int size)
    {
        var bytes = Encoding.UTF8.GetBytes("<a><b>" + Long + "é&amp;😀</b><c><![CDATA[" + Long + "]]></c></a>");
        var values = new List<string>();
        using var reader = NodeTrace.Utf8(bytes);
        var buffer = new char[size];
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                var value = new StringBuilder();
                int read;
                while ((read = reader.ReadValueChunk(buffer, 0, size)) > 0)
                {
                    value.Append(buffer, 0, read);
                }

                values.Add(value.ToString());
            }
        }

        Assert.Equal([Long + "é&😀", Long], values);
    }

    [Fact]
    public void ReadValueChunk_RoomInTheBuffer_WholeValueInOneCall()
    {
        using var reader = NodeTrace.Utf8(Encoding.UTF8.GetBytes("<a><b>123.45</b><c>x&amp;y</c></a>"));
        var buffer = new char[64];
        reader.ReadToFollowing("b");
        reader.Read();

        var first = reader.ReadValueChunk(buffer, 0, buffer.Length);
        reader.ReadToFollowing("c");
        reader.Read();
        var second = reader.ReadValueChunk(buffer, 10, 20);

        Assert.Equal("123.45".Length, first);
        Assert.Equal("x&y".Length, second);
        Assert.True(SafeXmlReader.ReturnsWholeValueChunks(reader));
    }

    [Fact]
    public void NameTable_ElementNames_AtomizedInTheReadersTable()
    {
        using var reader = NodeTrace.Utf8(Encoding.UTF8.GetBytes("<a><Point/><Point/></a>"));
        var point = reader.NameTable.Add("Point");

        reader.Read();
        reader.Read();

        Assert.Same(point, reader.LocalName);
    }

    [Fact]
    public void Skip_NestedElement_LandsAfterItLikeTheFrameworkReader()
    {
        const string document = "<a><b><c>1</c><d/></b><e>2</e></a>";
        var expected = SkipTrace(SafeXmlReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(document))));

        var actual = SkipTrace(NodeTrace.Utf8(Encoding.UTF8.GetBytes(document)));

        Assert.Equal(expected, actual);
    }

    private static List<string> SkipTrace(XmlReader reader)
    {
        var seen = new List<string>();
        using (reader)
        {
            reader.MoveToContent();
            reader.Read();
            reader.Skip();
            seen.Add($"{reader.NodeType} {reader.Name} {reader.Depth}");
            reader.Skip();
            seen.Add($"{reader.NodeType} {reader.Name} {reader.Depth} {reader.EOF}");
        }

        return seen;
    }

    private static TheoryData<string> RealAndFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RealDirectory, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RealDirectory, file);
            if (file.EndsWith(".xml", StringComparison.Ordinal))
            {
                data.Add(relative);
            }
            else if (file.EndsWith(".zip", StringComparison.Ordinal))
            {
                using var archive = ZipFile.OpenRead(file);
                foreach (var entry in archive.Entries)
                {
                    data.Add(relative + "!" + entry.FullName);
                }
            }
        }

        foreach (var fixture in Fixtures.Keys)
        {
            data.Add("fixture:" + fixture);
        }

        return data;
    }

    private static string RealDirectory => Path.Combine(AppContext.BaseDirectory, "RealDocuments");

    private static Dictionary<string, Func<byte[]>> Fixtures => new(StringComparer.Ordinal)
    {
        ["HourlyPrices"] = () => SampleDocuments.HourlyPrices(),
        ["HourlyPrices70"] = () => SampleDocuments.HourlyPrices(SampleDocuments.Publication70),
        ["OneYearQuarterHourPrices"] = () => SampleDocuments.OneYearQuarterHourPrices(2025),
        ["ActualLoad"] = SampleDocuments.ActualLoad,
        ["GenerationPerType"] = SampleDocuments.GenerationPerType,
        ["Capacity"] = () => SampleDocuments.Capacity("P1Y", "2024-01-01T00:00Z", "2025-01-01T00:00Z", "10", "20"),
        ["Acknowledgement"] = () => SampleDocuments.Acknowledgement("999", "No matching data found"),
        ["GenerationUnitOutage"] = () => Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit()),
        ["TransmissionOutage"] = () => Encoding.UTF8.GetBytes(OutageDocuments.Transmission()),
        ["ImbalancePrices"] = () => OutageDocuments.ImbalancePrices("A04", (1, "10.5", "A04"), (2, "-3", "A05")),
    };

    private static byte[] DocumentNamed(string name)
    {
        if (name.StartsWith("fixture:", StringComparison.Ordinal))
        {
            return Fixtures[name["fixture:".Length..]]();
        }

        var parts = name.Split('!');
        var path = Path.Combine(RealDirectory, parts[0]);
        if (parts.Length == 1)
        {
            return File.ReadAllBytes(path);
        }

        using var archive = ZipFile.OpenRead(path);
        using var entry = archive.GetEntry(parts[1])!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }
}
