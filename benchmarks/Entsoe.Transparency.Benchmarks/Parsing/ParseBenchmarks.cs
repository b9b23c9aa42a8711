using System.Globalization;
using System.Text;
using System.Xml;
using BenchmarkDotNet.Attributes;

namespace Entsoe.Transparency.Benchmarks.Parsing;

/// <summary>
/// Parsing a one-year day-ahead price document at 15 minutes (35,040 points, about 3 MB), generated in the setup in
/// the platform's shape (docs/design.md §5). Baseline: a bare <see cref="XmlReader"/> pass over the same bytes with the same
/// secure settings, calling <see cref="XmlReader.Read"/> on every node and nothing else — the floor any streaming
/// parser built on <see cref="XmlReader"/> pays before it reads a value.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private const int Year = 2025;
    private const int WarmUpCalls = 40;

    private static readonly XmlReaderSettings BareSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    private byte[] document = [];
    private TransparencyParseOptions oneMonth = new();

    [GlobalSetup]
    public void Setup()
    {
        document = OneYearQuarterHourPrices();
        var start = new DateTimeOffset(Year, 3, 1, 0, 0, 0, TimeSpan.Zero);
        oneMonth = new TransparencyParseOptions { Window = new UtcInterval(start, start.AddMonths(1)) };

        // A wrong document would make every figure meaningless: check the shape once, outside the measurement.
        var points = TransparencyDocumentParser.Parse(document).TimeSeries[0].Periods[0].Points;
        if (points.Count != 35_040 || points[^1].Timestamp != new DateTimeOffset(Year, 12, 31, 23, 45, 0, TimeSpan.Zero))
        {
            throw new InvalidOperationException($"The generated document parsed to {points.Count} points; expected 35,040.");
        }

        // An operation takes 10-70 ms, so the quick pass's two warm-up iterations hold only a dozen calls: fewer than
        // tiered compilation needs to promote the framework's XmlReader code (30 calls, then a background compile), and
        // the first measured iterations ran up to five times slower than the rest. Warming here, outside the
        // measurement, keeps every measured iteration in the steady state in both passes.
        for (var i = 0; i < WarmUpCalls; i++)
        {
            XmlReaderPass();
            Utf8ReaderPass();
            Parse();
            ParseWindow();
        }
    }

    [Benchmark(Baseline = true, Description = "Bare XmlReader pass, Read() on every node")]
    public int XmlReaderPass()
    {
        using var stream = new MemoryStream(document, writable: false);
        using var reader = XmlReader.Create(stream, BareSettings);
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    /// <summary>
    /// The same bare pass over the purpose-built reader the parser now uses for bytes in memory: not the baseline (the
    /// target is defined against the framework's reader), but what the parser's own floor is now.
    /// </summary>
    [Benchmark(Description = "Bare pass of the purpose-built UTF-8 reader, Read() on every node")]
    public int Utf8ReaderPass()
    {
        if (!Utf8DocumentXmlReader.TryCreate(document, out var created))
        {
            throw new InvalidOperationException("The purpose-built reader does not take the generated document on.");
        }

        using var reader = created!;
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    [Benchmark(Description = "TransparencyDocumentParser.Parse (35,040 points)")]
    public int Parse() => TransparencyDocumentParser.Parse(document).TimeSeries[0].Periods[0].Points.Count;

    [Benchmark(Description = "TransparencyDocumentParser.Parse, window of one month")]
    public int ParseWindow() => TransparencyDocumentParser.Parse(document, oneMonth).TimeSeries[0].Periods[0].Points.Count;

    /// <summary>One series, one A03 period over the whole year, every position stated, prices with two decimals.</summary>
    private static byte[] OneYearQuarterHourPrices()
    {
        var start = new DateTimeOffset(Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = start.AddYears(1);
        var interval = string.Create(CultureInfo.InvariantCulture, $"<start>{start:yyyy-MM-dd'T'HH:mm'Z'}</start>\n      <end>{end:yyyy-MM-dd'T'HH:mm'Z'}</end>");
        var xml = new StringBuilder(3_500_000);
        xml.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
              <mRID>bench-a44-{Year}</mRID>
              <revisionNumber>1</revisionNumber>
              <type>A44</type>
              <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
              <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
              <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
              <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
              <createdDateTime>{Year}-01-01T12:00:00Z</createdDateTime>
              <period.timeInterval>
                {interval}
              </period.timeInterval>
              <TimeSeries>
                <mRID>1</mRID>
                <auction.type>A01</auction.type>
                <businessType>A62</businessType>
                <in_Domain.mRID codingScheme="A01">10Y1001A1001A82H</in_Domain.mRID>
                <out_Domain.mRID codingScheme="A01">10Y1001A1001A82H</out_Domain.mRID>
                <contract_MarketAgreement.type>A01</contract_MarketAgreement.type>
                <currency_Unit.name>EUR</currency_Unit.name>
                <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
                <curveType>A03</curveType>
                <Period>
                  <timeInterval>
                    {interval}
                  </timeInterval>
                  <resolution>PT15M</resolution>

            """);
        var count = (int)((end - start).Ticks / TimeSpan.FromMinutes(15).Ticks);
        for (var position = 1; position <= count; position++)
        {
            // A daily shape between about -20 and 180 EUR/MWh, so values vary in length and sign as real prices do.
            var price = 80m + (decimal)Math.Round(100 * Math.Sin(position * Math.PI / 48), 2);
            xml.Append(CultureInfo.InvariantCulture, $"        <Point>\n          <position>{position}</position>\n          <price.amount>{price:0.00}</price.amount>\n        </Point>\n");
        }

        xml.Append("      </Period>\n    </TimeSeries>\n</Publication_MarketDocument>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}
