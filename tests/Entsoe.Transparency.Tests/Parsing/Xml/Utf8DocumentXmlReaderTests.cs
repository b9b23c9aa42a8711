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

    public static TheoryData<string> Malformed { get; } = new()
    {
        "<!DOCTYPE a><a/>",
        "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]><lolz>&lol2;</lolz>",
        "<!DOCTYPE a SYSTEM \"http://example.com/a.dtd\"><a/>",
        "<a>&e;</a>",
        "<a x=\"&e;\"/>",
        "<a>&</a>",
        "<a>&amp</a>",
        "<a>&#;</a>",
        "<a>&#x;</a>",
        "<a>&#0;</a>",
        "<a>&#xD800;</a>",
        "<a>&#xFFFE;</a>",
        "<a>&#x110000;</a>",
        "<a>&#12a;</a>",
        "<a></b>",
        "<a><b></a></b>",
        "<a>",
        "<a><b>",
        "<a/><b/>",
        "<a></a><a></a>",
        "text<a/>",
        "<a/>text",
        "<a x=\"1\" x=\"2\"/>",
        "<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\" p:x=\"1\" q:x=\"2\"/>",
        "<a x=1/>",
        "<a x=\"1/>",
        "<a x=\"<\"/>",
        "<a x/>",
        "<a x=\"1\"y=\"2\"/>",
        "<a>]]></a>",
        "<a><!-- a -- b --></a>",
        "<a><!-- a ---></a>",
        "<a><!-- open</a>",
        "<1a/>",
        "<a 1x=\"1\"/>",
        "<-a/>",
        "<:a/>",
        "<a:/>",
        "<a:b:c/>",
        "<p:a/>",
        "<a p:x=\"1\"/>",
        "<a xmlns:p=\"\"/>",
        "<xmlns:a xmlns:xmlns=\"urn:x\"/>",
        "<a xmlns:xml=\"urn:x\"/>",
        "<a xmlns:p=\"http://www.w3.org/XML/1998/namespace\"/>",
        " <?xml version=\"1.0\"?><a/>",
        "<a/><?xml version=\"1.0\"?>",
        "<a><?xml version=\"1.0\"?></a>",
        "<!-- c --><?xml version=\"1.0\"?><a/>",
        "<a><?XML x?></a>",
        "<a><![CDATA[x]]</a>",
        "<![CDATA[x]]><a/>",
        "<a><!foo></a>",
        "<a></a",
        "<a",
        "<a x=\"1\"",
        "",
        "   ",
        "<a>x</a  b>",
        "<a/ >",
        "<a><</a>",
        "<a>&#x1F600</a>",
        "<a>&lt</a>",
        "<a><?pi</a>",
        "<a><?p:i x?></a>",
        "<a>\u0001</a>",
        "<a>\uFFFE</a>",
        "<a>\uFFFF</a>",
        "<a x=\"\u0008\"/>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"maybe\"?><a/>",
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
    [MemberData(nameof(Malformed))]
    public void Read_MalformedDocument_RefusedLikeTheFrameworkReader(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        Assert.Equal(NodeTrace.Refused, NodeTrace.Of(NodeTrace.Framework(bytes))[^1]);

        var reader = SafeXmlReader.Create(bytes);

        Assert.Equal(NodeTrace.Refused, NodeTrace.Of(reader)[^1]);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedDocument_SameErrorKindAsTheFrameworkReader(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        var before = Record.Exception(() => ParseWithTheFrameworkReader(bytes));

        var now = Record.Exception(() => TransparencyDocumentParser.Parse(bytes));

        Assert.NotNull(before);
        Assert.NotNull(now);
        Assert.Equal(before.GetType(), now.GetType());
        Assert.Equal(before.Message.Contains("DTD", StringComparison.Ordinal), now.Message.Contains("DTD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<!DOCTYPE a><a/>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>")]
    public void Read_Doctype_RefusedNamingTheDtd(string document)
    {
        var reader = NodeTrace.Utf8(Encoding.UTF8.GetBytes(document));

        var error = Assert.Throws<XmlException>(() => { while (reader.Read()) { } });

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.True(error.LineNumber > 0);
    }

    [Theory]
    [InlineData("<a>\u0001</a>")]
    [InlineData("<a>\uFFFF</a>")]
    [InlineData("<a x=\"\u000B\"/>")]
    public void TryCreate_ForbiddenCharacter_LeftToTheFrameworkReader(string document)
    {
        Assert.False(Utf8DocumentXmlReader.TryCreate(Encoding.UTF8.GetBytes(document), out _));
    }

    [Theory]
    [InlineData(new byte[] { 0x3C, 0x61, 0xC3, 0x3E, 0x3C, 0x2F, 0x61, 0x3E })]
    [InlineData(new byte[] { 0x3C, 0x61, 0x3E, 0xED, 0xA0, 0x80, 0x3C, 0x2F, 0x61, 0x3E })]
    [InlineData(new byte[] { 0x3C, 0x61, 0x3E, 0xC0, 0xBC, 0x3C, 0x2F, 0x61, 0x3E })]
    public void Create_InvalidUtf8_FrameworkReaderRefusesIt(byte[] document)
    {
        Assert.False(Utf8DocumentXmlReader.TryCreate(document, out _));

        var reader = SafeXmlReader.Create(document);

        Assert.Equal(NodeTrace.Refused, NodeTrace.Of(reader)[^1]);
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

    [Fact]
    public void Read_RandomMutationsOfARealDocument_AcceptsAndRefusesLikeTheFrameworkReader()
    {
        var original = DocumentNamed("jl_A44_NL_day_ahead_prices_PT60M_A03.xml");
        var random = new Random(20261204);
        byte[][] inserted = [.. new[] { "<", ">", "&", "\"", "'", ";", "]", "/", "=", "&amp;", "&#x41;", "&#10;", "<!-- c -->", "<![CDATA[x]]>", "<?p x?>", " ", "\r\n", "é" }.Select(Encoding.UTF8.GetBytes)];
        var refused = 0;
        const int Rounds = 500;
        for (var round = 0; round < Rounds; round++)
        {
            var mutated = original.ToList();
            for (var change = random.Next(1, 4); change > 0; change--)
            {
                var at = random.Next(mutated.Count);
                switch (random.Next(8))
                {
                    case 0:
                    case 1:
                        mutated[at] ^= (byte)(1 << random.Next(8));
                        break;
                    case 2:
                    case 3:
                    case 4:
                        mutated.InsertRange(at, inserted[random.Next(inserted.Length)]);
                        break;
                    case 5:
                    case 6:
                        mutated.RemoveAt(at);
                        break;
                    default:
                        mutated.RemoveRange(at, mutated.Count - at);
                        break;
                }
            }

            var bytes = mutated.ToArray();
            var expected = NodeTrace.Of(NodeTrace.Framework(bytes), withLineInfo: false);

            var actual = NodeTrace.Of(SafeXmlReader.Create(bytes), withLineInfo: false);

            Assert.Equal(expected[^1] == NodeTrace.Refused, actual[^1] == NodeTrace.Refused);
            if (expected[^1] != NodeTrace.Refused)
            {
                Assert.Equal(expected, actual);
            }

            refused += expected[^1] == NodeTrace.Refused ? 1 : 0;
        }

        // Both outcomes must be well represented, or the comparison says little.
        Assert.InRange(refused, Rounds / 10, Rounds * 9 / 10);
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

    private static void ParseWithTheFrameworkReader(byte[] bytes) =>
        TransparencyDocumentParser.Parse(new MemoryStream(bytes, writable: false));

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
