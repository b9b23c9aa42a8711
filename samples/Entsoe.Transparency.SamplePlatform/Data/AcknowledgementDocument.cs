using System.Globalization;
using System.Security;

namespace Entsoe.Transparency.SamplePlatform.Data;

/// <summary>The platform's <c>Acknowledgement_MarketDocument</c>: how it says "no matching data" (code 999) or why a query is refused.</summary>
internal static class AcknowledgementDocument
{
    /// <summary>The document with reason <paramref name="code"/> and <paramref name="text"/> (escaped here).</summary>
    public static string Create(string code, string text) => string.Create(CultureInfo.InvariantCulture, $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Acknowledgement_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-1:acknowledgementdocument:7:0">
          <mRID>{Guid.NewGuid()}</mRID>
          <createdDateTime>{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}</createdDateTime>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A39I</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A39</receiver_MarketParticipant.marketRole.type>
          <Reason>
            <code>{code}</code>
            <text>{SecurityElement.Escape(text)}</text>
          </Reason>
        </Acknowledgement_MarketDocument>
        """);
}
