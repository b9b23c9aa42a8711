using System.IO.Compression;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>
/// Counts what the platform's <c>offset</c> pages count, to tell a full page from the last one: the <c>TimeSeries</c>
/// of an XML document (a response holds one document whose series are the paged instances), or the documents of a ZIP
/// archive (one per entry; an entry that is an acknowledgement counts as none).
/// </summary>
internal static class DocumentCounter
{
    /// <summary>The instances on <paramref name="response"/>'s page; 0 for "no matching data".</summary>
    /// <param name="response">The page.</param>
    /// <param name="seriesInArchives">Count a ZIP page's <c>TimeSeries</c> across its entries instead of its entries.</param>
    public static int Count(TransparencyResponse response, bool seriesInArchives = false) => response.ContentKind switch
    {
        TransparencyContentKind.Xml => CountSeries(response.OpenRead()),
        TransparencyContentKind.Zip when seriesInArchives => CountArchiveSeries(response),
        TransparencyContentKind.Zip => CountEntries(response),
        _ => 0,
    };

    private static int CountArchiveSeries(TransparencyResponse response)
    {
        using var archive = new ZipArchive(response.OpenRead(), ZipArchiveMode.Read);
        var series = 0;
        foreach (var entry in archive.Entries)
        {
            if (entry.Name.Length > 0)
            {
                // An acknowledgement entry has no TimeSeries, so it counts as none here too; so does an entry that is
                // not XML (it holds no series either).
                try
                {
                    series += CountSeries(entry.Open());
                }
                catch (XmlException)
                {
                }
            }
        }

        return series;
    }

    private static int CountEntries(TransparencyResponse response)
    {
        using var archive = new ZipArchive(response.OpenRead(), ZipArchiveMode.Read);
        var documents = 0;
        foreach (var entry in archive.Entries)
        {
            // Directories have no name; an acknowledgement inside an archive is a "no data" note, not a document.
            if (entry.Name.Length > 0 && !IsAcknowledgement(entry))
            {
                documents++;
            }
        }

        return documents;
    }

    private static bool IsAcknowledgement(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = SafeXmlReader.Create(stream);
        try
        {
            return reader.MoveToContent() == XmlNodeType.Element
                && string.Equals(reader.LocalName, DocumentInspector.AcknowledgementRoot, StringComparison.Ordinal);
        }
        catch (XmlException)
        {
            // Not XML (a PDF or CSV attachment): still a document of the page.
            return false;
        }
    }

    private static int CountSeries(Stream body)
    {
        using (body)
        {
            using var reader = SafeXmlReader.Create(body);
            var series = 0;
            reader.MoveToContent();
            while (!reader.EOF)
            {
                // Skip() lands on the node after the series' end tag, which may be the next series: do not Read() past it.
                if (reader.NodeType == XmlNodeType.Element && string.Equals(reader.LocalName, "TimeSeries", StringComparison.Ordinal))
                {
                    series++;
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }

            return series;
        }
    }
}
