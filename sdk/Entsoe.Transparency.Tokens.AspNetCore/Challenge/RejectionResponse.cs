using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// The body of a 401 (and of a 503 when the table is down): an <c>Acknowledgement_MarketDocument</c> shaped like the
/// platform's own error answers, whose reason text tells the caller what to do. It never repeats anything the request
/// carried, and says the same for every kind of rejection.
/// </summary>
internal static class RejectionResponse
{
    /// <summary>The acknowledgement document's namespace, as the platform sends it.</summary>
    public const string Namespace = "urn:iec62325.351:tc57wg16:451-1:acknowledgementdocument:7:0";

    /// <summary>The reason text of every 401.</summary>
    public const string UnauthorizedText =
        "Authentication failed: the security token is missing, invalid, or was replaced by a new one. "
        + "A token stops working as soon as a new one is generated. Sign in to the Transparency Platform, open \"My Account Settings\" "
        + "and choose \"Generate a new token\" (the new token is shown only once), then send it in the SECURITY_TOKEN header "
        + "or the securityToken query parameter.";

    /// <summary>The reason text of a 503 when the accounts table cannot be reached.</summary>
    public const string UnavailableText =
        "The service cannot check security tokens at the moment; the token was not rejected. Retry the request later.";

    // The platform's own answers: sender the platform (10X1001A1001A450, role A32), receiver the user (role A39); code 999
    // is the reason code its error acknowledgements use.
    private const string PlatformEic = "10X1001A1001A450";

    public static async Task WriteAsync(HttpResponse response, int statusCode, string text, DateTimeOffset now)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/xml; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var body = Build(text, now);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body).ConfigureAwait(false);
    }

    public static byte[] Build(string text, DateTimeOffset now)
    {
        var created = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("Acknowledgement_MarketDocument", Namespace);
            writer.WriteElementString("mRID", Namespace, Guid.NewGuid().ToString("N")[..16]);
            writer.WriteElementString("createdDateTime", Namespace, created);
            Participant(writer, "sender_MarketParticipant", "A32");
            Participant(writer, "receiver_MarketParticipant", "A39");
            writer.WriteElementString("received_MarketDocument.createdDateTime", Namespace, created);
            writer.WriteStartElement("Reason", Namespace);
            writer.WriteElementString("code", Namespace, "999");
            writer.WriteElementString("text", Namespace, text);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Participant(XmlWriter writer, string name, string role)
    {
        writer.WriteStartElement(name + ".mRID", Namespace);
        writer.WriteAttributeString("codingScheme", "A01");
        writer.WriteString(PlatformEic);
        writer.WriteEndElement();
        writer.WriteElementString(name + ".marketRole.type", Namespace, role);
    }
}
