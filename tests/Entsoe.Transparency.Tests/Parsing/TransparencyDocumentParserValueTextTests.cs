using System.Globalization;

namespace Entsoe.Transparency.Tests.Parsing;

/// <summary>
/// How the text of a value element is read: in one piece when the reader hands it over whole, and in every other
/// shape XML allows (split across the reader's input buffer, longer than the parser's own buffer, split by a
/// comment, in a CDATA section) without losing a character.
/// </summary>
public class TransparencyDocumentParserValueTextTests
{
    private const string Start = "2024-01-01T00:00Z";

    [Fact]
    public void Parse_ValuesAcrossTheReadersInputBuffer_AreReadWhole()
    {
        // 6,000 points of 10 to 26 characters each: the reader's input buffer (a few thousand characters) ends inside
        // dozens of them, which the reader then hands over in two parts unless it finishes the value itself.
        var points = new (int, string)[6_000];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = (i + 1, Value(i));
        }

        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT1M", Start, "2024-01-05T04:00Z", "A01", points);

        var read = Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points;

        Assert.Equal(points.Length, read.Count);
        for (var i = 0; i < points.Length; i++)
        {
            Assert.Equal(decimal.Parse(Value(i), NumberStyles.Float, CultureInfo.InvariantCulture), read[i].Value);
        }
    }

    [Fact]
    public void Parse_ValueLongerThanTheTextBuffer_IsReadWhole()
    {
        var padded = new string(' ', 300) + "-3.25" + new string(' ', 300);

        var point = SinglePoint(padded);

        Assert.Equal(-3.25m, point.Value);
    }

    [Fact]
    public void Parse_ValueSplitByAComment_ReadsBothParts()
    {
        var point = SinglePoint("12<!-- the platform never does this -->.5");

        Assert.Equal(12.5m, point.Value);
    }

    [Fact]
    public void Parse_ValueWhoseFirstPartAloneIsNoNumber_ReadsTheWholeValue()
    {
        // "-" alone does not read as a number; the value is "-5", and only the whole of it decides.
        var point = SinglePoint("-<!-- split -->5");

        Assert.Equal(-5m, point.Value);
    }

    [Theory]
    [InlineData("<price.amount>1</price.amount>", "<price.amount>n/a</price.amount>", "price.amount at line")]
    [InlineData("<position>1</position>", "<position>first</position>", "position at line")]
    public void Parse_MalformedValue_ReportsTheLineItIsOn(string written, string malformed, string named)
    {
        var xml = System.Text.Encoding.UTF8.GetString(
            SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", Start, "2024-01-01T01:00Z", "A03", (1, "1")));
        Assert.Contains(written, xml, StringComparison.Ordinal);
        xml = xml.Replace(written, malformed, StringComparison.Ordinal);
        var line = xml[..xml.IndexOf(malformed, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml)));

        Assert.Equal(line, error.LineNumber);
        Assert.Contains($"{named} {line.ToString(CultureInfo.InvariantCulture)} is", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValueInACDataSection_IsRead()
    {
        var point = SinglePoint("<![CDATA[7.75]]>");

        Assert.Equal(7.75m, point.Value);
    }

    [Fact]
    public void Parse_ValueElementHoldingAnElement_ThrowsNamingIt()
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", Start, "2024-01-01T01:00Z", "A03", (1, "1<unit>EUR</unit>"));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(content));

        Assert.Contains("The element price.amount should hold text only but holds Element 'unit'", error.Message, StringComparison.Ordinal);
    }

    // Digits of every length from 1 to 19 and beyond, with up to six decimals, some negative.
    private static string Value(int i)
    {
        var integer = ((i * 7_919_993_311L) % 10_000_000_000_000_000L).ToString(CultureInfo.InvariantCulture);
        var sign = i % 5 == 0 ? "-" : string.Empty;
        var fraction = (i % 7) == 0 ? string.Empty : "." + (i % 1_000_000).ToString(CultureInfo.InvariantCulture).PadLeft(6, '0')[..(i % 7)];
        return sign + integer[..(1 + (i % integer.Length))] + fraction;
    }

    private static TimeSeriesPoint SinglePoint(string price)
    {
        var content = SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", Start, "2024-01-01T01:00Z", "A03", (1, price));
        return Assert.Single(Assert.Single(Assert.Single(TransparencyDocumentParser.Parse(content).TimeSeries).Periods).Points);
    }
}
