using System.IO.Compression;
using System.Text;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>Response bodies shaped like the platform's.</summary>
internal static class Bodies
{
    public const string Publication = """
        <?xml version="1.0" encoding="utf-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>6f1c6b55d9a54e9b9d5e0a0e7d1f0b11</mRID>
          <type>A44</type>
        </Publication_MarketDocument>
        """;

    public const string MaintenancePage = """
        <!DOCTYPE html>
        <html><head><title>Maintenance</title></head>
        <body><h1>The Transparency Platform is under maintenance</h1><p>We will be back shortly.</p></body></html>
        """;

    public const string UnauthorizedPage = """
        <!DOCTYPE html>
        <html><head><title>Unauthorized</title></head><body><h1>Unauthorized</h1><p>Authentication failed.</p></body></html>
        """;

    public static string Acknowledgement(string code, string text) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Acknowledgement_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-1:acknowledgementdocument:7:0">
          <mRID>0b8e1f53-3d1c-4f6a-9d8e-6b1b2c3d4e5f</mRID>
          <createdDateTime>2026-11-27T12:00:00Z</createdDateTime>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <Reason>
            <code>{code}</code>
            <text>{text}</text>
          </Reason>
        </Acknowledgement_MarketDocument>
        """;

    public static string NoMatchingData => Acknowledgement("999", "No matching data found for Data item Day-ahead Prices [12.1.D] (10Y1001A1001A82H, 10Y1001A1001A82H) and interval 2026-11-26T23:00:00.000Z/2026-11-27T23:00:00.000Z.");

    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("outage.xml");
            using var writer = new StreamWriter(entry.Open(), Encoding.UTF8);
            writer.Write(Publication.Replace("Publication_MarketDocument", "Unavailability_MarketDocument", StringComparison.Ordinal));
        }

        return buffer.ToArray();
    }
}
