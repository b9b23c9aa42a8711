using System.Text;
using System.Xml;

namespace Entsoe.Transparency.Tests.Parsing.Xml;

// What the framework's reader refuses, the purpose-built reader refuses too (or leaves to the framework's reader,
// which then refuses it), and the parser's error stays the same kind.
public class Utf8DocumentXmlReaderRejectionTests
{
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
        "<?xml?><a/>",
        "<?xml ?><a/>",
        "<?xml",
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

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_MalformedDocument_RefusedLikeTheFrameworkReader(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        Assert.Equal(NodeTrace.Refused, NodeTrace.Of(() => NodeTrace.Framework(bytes))[^1]);

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

    // A real document, and one made to hold every construct the reader has a rule for, with CR LF line ends.
    public static TheoryData<string> MutationSeeds { get; } = new()
    {
        "real:jl_A44_NL_day_ahead_prices_PT60M_A03.xml",
        "real:jl_A76_consumption_unit_unavailability_PT15M.xml",
        "\uFEFF<?xml version='1.0' standalone='no'?>\r\n<?pi x?>\r\n<!-- c -->\r\n<a xmlns:q=\"urn:q\" xmlns=\"urn:d\"\r\n  q:b = 'x\r\ny'\tc=\"&lt;&#13;&amp;\">\r\n  " +
            "<q:c>&#x9; \r\n</q:c>\r\n  <d>  <![CDATA[\r\n]]>  </d>\r\n  <e xmlns=''>x&apos;&#x1F600;é</e><f/><f /><g></g>\r\n" +
            "  <q:h xmlns:q=\"urn:r\"><i>1.5</i></q:h>\r\n</a>\r\n<!-- end -->\r\n",
    };

    [Theory]
    [MemberData(nameof(MutationSeeds))]
    public void Read_RandomMutations_AcceptsAndRefusesLikeTheFrameworkReader(string seed)
    {
        var original = seed.StartsWith("real:", StringComparison.Ordinal)
            ? File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "RealDocuments", seed["real:".Length..]))
            : Encoding.UTF8.GetBytes(seed);
        var random = new Random(20261204);
        byte[][] inserted =
        [
            .. new[]
            {
                "<", ">", "&", "\"", "'", ";", ":", "]", "/", "=", "&amp;", "&#x41;", "&#", "&#10;", "<!-- c -->", "<![CDATA[x]]>", "<?p x?>",
                " ", "\t", "\r", "\r\n", "é", "<x/>", "</", "]]>", "--", "?>", " a=\"1\"", "xmlns:q=\"u\"",
            }.Select(Encoding.UTF8.GetBytes),
        ];
        var refused = 0;
        const int Rounds = 400;
        for (var round = 0; round < Rounds; round++)
        {
            var mutated = original.ToList();
            for (var change = random.Next(1, 4); change > 0 && mutated.Count > 0; change--)
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
            var expected = NodeTrace.Of(() => NodeTrace.Framework(bytes));

            var actual = NodeTrace.Of(() => SafeXmlReader.Create(bytes));

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

    public static TheoryData<string, string, string, string, string> InvalidValues { get; } = new()
    {
        { "PT60M", "2024-01-01T00:00Z", "2024-01-01T02:00Z", "A03", "12,5" },
        { "PT60M", "2024-01-01T00:00Z", "2024-01-01T02:00Z", "A03", "twelve" },
        { "PT7X", "2024-01-01T00:00Z", "2024-01-01T02:00Z", "A03", "1" },
        { "PT60M", "yesterday", "2024-01-01T02:00Z", "A03", "1" },
        { "PT60M", "2024-01-01T00:00Z", "2024-01-01T02:00Z", "A99", "1" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Parse_InvalidValue_SameErrorAndLocationAsTheFrameworkReader(string resolution, string start, string end, string curveType, string price)
    {
        var bytes = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, resolution, start, end, curveType, (1, "10"), (2, price));
        var before = Assert.Throws<TransparencyDocumentException>(() => ParseWithTheFrameworkReader(bytes));

        var now = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(bytes));

        Assert.IsType<Utf8DocumentXmlReader>(SafeXmlReader.Create(bytes));
        Assert.Equal(before.Message, now.Message);
        Assert.Equal(before.LineNumber, now.LineNumber);
        Assert.Equal(before.LinePosition, now.LinePosition);
    }

    private static void ParseWithTheFrameworkReader(byte[] bytes) =>
        TransparencyDocumentParser.Parse(new MemoryStream(bytes, writable: false));
}
