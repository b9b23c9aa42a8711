using System.Text;

namespace Entsoe.Transparency.Tests.Parsing;

/// <summary><see cref="TransparencyDocumentParser.ParseArchive(ReadOnlyMemory{byte}, TransparencyParseOptions?)"/>: ZIP responses and their limits.</summary>
public class TransparencyDocumentParserArchiveTests
{
    [Fact]
    public void ParseArchive_SeveralEntriesWithAnAcknowledgement_ReturnsEveryEntryAndReportsTheAcknowledgement()
    {
        var zip = OutageDocuments.Zip(
            ("outages/", []),
            ("001.xml", Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit())),
            ("002.xml", Encoding.UTF8.GetBytes(OutageDocuments.Acknowledgement())),
            ("../../etc/003.xml", Encoding.UTF8.GetBytes(OutageDocuments.Transmission())));

        var entries = TransparencyDocumentParser.ParseArchive(zip, new TransparencyParseOptions { ThrowOnAcknowledgement = true });

        Assert.Equal(["001.xml", "002.xml", "../../etc/003.xml"], entries.Select(e => e.Name));
        Assert.Equal(
            [TransparencyDocumentKind.Unavailability, TransparencyDocumentKind.Acknowledgement, TransparencyDocumentKind.Unavailability],
            entries.Select(e => e.Document.Kind));
        Assert.True(entries[1].Document.IsAcknowledgement);
        Assert.Equal("999", entries[1].Document.Acknowledgement!.Code);
        Assert.Equal("A80", entries[0].Document.DocumentType);
        Assert.Equal(3, entries[0].Document.RevisionNumber);
        Assert.Equal("A05", entries[0].Document.Status);
    }

    [Fact]
    public void ParseArchive_NonXmlEntry_ThrowsNamingTheEntry()
    {
        var zip = OutageDocuments.Zip(
            ("001.xml", Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit())),
            ("report.pdf", Encoding.ASCII.GetBytes("%PDF-1.7 not a document")));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(zip));

        Assert.Contains("'report.pdf'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not an XML document", error.Message, StringComparison.Ordinal);
        Assert.Contains("0x25504446", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseArchive_MalformedXmlEntry_ThrowsNamingTheEntryAndLine()
    {
        var zip = OutageDocuments.Zip(("broken.xml", Encoding.UTF8.GetBytes("<Unavailability_MarketDocument>\n<mRID>x</mRID>\n")));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(zip));

        Assert.StartsWith("The archive entry 'broken.xml':", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void ParseArchive_EntryNameWithControlCharacters_IsQuotedSafely()
    {
        var zip = OutageDocuments.Zip(("evil\u001b[2J.csv", Encoding.ASCII.GetBytes("a;b\n1;2")));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(zip));

        Assert.Contains("'evil?[2J.csv'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error.Message);
    }

    [Fact]
    public void ParseArchive_InflatesBeyondTheByteLimit_ThrowsAsAPossibleZipBomb()
    {
        // 4 MiB of zeros deflate to a few KiB: a small bomb against a 1 MiB limit.
        var zip = OutageDocuments.Zip(("bomb.xml", new byte[4 * 1024 * 1024]));
        var options = new TransparencyParseOptions { MaxArchiveUncompressedBytes = 1024 * 1024 };

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(zip, options));

        Assert.True(zip.Length < 64 * 1024);
        Assert.Contains("MaxArchiveUncompressedBytes (1048576)", error.Message, StringComparison.Ordinal);
        Assert.Contains("ZIP bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseArchive_EntriesTogetherBeyondTheByteLimit_Throws()
    {
        var document = Encoding.UTF8.GetBytes(OutageDocuments.GenerationUnit());
        var zip = OutageDocuments.Zip(("1.xml", document), ("2.xml", document), ("3.xml", document));
        var options = new TransparencyParseOptions { MaxArchiveUncompressedBytes = (document.Length * 2) + 1 };

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(zip, options));

        Assert.Contains("MaxArchiveUncompressedBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseArchive_DeclaredSizesSmallerThanTheContent_IsRefusedNamingTheEntry()
    {
        var zip = OutageDocuments.Zip(("lying.xml", new byte[1024 * 1024]));
        DeclareUncompressedSize(zip, 100);
        var options = new TransparencyParseOptions { MaxArchiveUncompressedBytes = 64 * 1024 };

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(zip, options));

        Assert.Contains("lying.xml", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseArchive_MoreEntriesThanTheLimit_ThrowsBeforeParsingAny()
    {
        var zip = OutageDocuments.Zip(("1.xml", [0x25]), ("2.xml", [0x25]), ("3.xml", [0x25]));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(zip, new TransparencyParseOptions { MaxArchiveEntries = 2 }));

        Assert.Contains("3 entries, more than TransparencyParseOptions.MaxArchiveEntries (2)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxArchiveLimits_BelowOne_AreRefused(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransparencyParseOptions { MaxArchiveEntries = value });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransparencyParseOptions { MaxArchiveUncompressedBytes = value });
    }

    [Fact]
    public void ParseArchive_XmlDocument_ThrowsPointingToParse()
    {
        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(SampleDocuments.HourlyPrices()));

        Assert.Contains("not a ZIP archive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseArchive_CorruptArchive_ThrowsDocumentException()
    {
        byte[] content = [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 1, 2, 3];

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(content));

        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseArchive_NoMatchingDataResponse_ReturnsNoEntries()
    {
        var response = new TransparencyResponse(200, TransparencyContentKind.NoMatchingData, "Acknowledgement_MarketDocument", new AcknowledgementReason("999", "No matching data found"), SampleDocuments.Acknowledgement("999", "No matching data found"));

        Assert.Empty(TransparencyDocumentParser.ParseArchive(response));
    }

    [Fact]
    public void ParseArchive_WindowOption_AppliesToEachEntry()
    {
        var zip = OutageDocuments.Zip(("prices.xml", SampleDocuments.HourlyPrices()));
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var entry = Assert.Single(TransparencyDocumentParser.ParseArchive(zip, new TransparencyParseOptions { Window = new UtcInterval(start, start.AddHours(2)) }));

        Assert.Equal(2, entry.Document.TimeSeries[0].Periods[0].Points.Count);
    }

    // Rewrites the uncompressed size of the single entry in its local header (offset 22) and central directory
    // record (offset 24), as a hostile archive would (APPNOTE 4.3.7, 4.3.12).
    private static void DeclareUncompressedSize(byte[] zip, uint size)
    {
        BitConverter.TryWriteBytes(zip.AsSpan(22, 4), size);
        var central = zip.AsSpan().IndexOf((ReadOnlySpan<byte>)[(byte)'P', (byte)'K', 1, 2]);
        BitConverter.TryWriteBytes(zip.AsSpan(central + 24, 4), size);
    }
}
