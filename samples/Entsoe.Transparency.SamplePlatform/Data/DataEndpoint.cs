using System.Globalization;

namespace Entsoe.Transparency.SamplePlatform.Data;

/// <summary>
/// <c>GET /api</c>: the platform's REST endpoint for the one data item the sample serves, day-ahead prices
/// (<c>documentType=A44</c> with <c>in_Domain</c>, <c>out_Domain</c>, <c>periodStart</c>, <c>periodEnd</c>). Other
/// document types answer "no matching data", as the platform does for an item without data.
/// </summary>
internal static class DataEndpoint
{
    /// <summary>The platform accepts at most a year per request (its query limit for day-ahead prices).</summary>
    private static readonly TimeSpan LongestSpan = TimeSpan.FromDays(366);

    /// <summary>Maps <c>/api</c>; returns the endpoint so the caller can put it behind authentication.</summary>
    public static RouteHandlerBuilder MapDataEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api", static (HttpRequest request) => Answer(request.Query));

    private static IResult Answer(IQueryCollection query)
    {
        if (!string.Equals(query["documentType"], "A44", StringComparison.Ordinal))
        {
            return Xml(200, AcknowledgementDocument.Create("999", "No matching data found for the requested data item in this sample platform: it serves day-ahead prices (documentType=A44) only."));
        }

        var area = query["in_Domain"].ToString();
        if (area.Length == 0 || !string.Equals(area, query["out_Domain"], StringComparison.Ordinal))
        {
            return Xml(400, AcknowledgementDocument.Create("999", "Day-ahead prices need in_Domain and out_Domain, both naming the same bidding zone."));
        }

        if (!TryInstant(query["periodStart"], out var start) || !TryInstant(query["periodEnd"], out var end) || end <= start)
        {
            return Xml(400, AcknowledgementDocument.Create("999", "periodStart and periodEnd are required, as yyyyMMddHHmm in UTC, with periodStart before periodEnd."));
        }

        if (end - start > LongestSpan)
        {
            return Xml(400, AcknowledgementDocument.Create("999", "The amount of requested data exceeds allowed limit: at most one year per request."));
        }

        return Xml(200, PriceDocument.Create(area, start, end));
    }

    private static bool TryInstant(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);

    private static IResult Xml(int status, string body) => Results.Text(body, "application/xml", System.Text.Encoding.UTF8, status);
}
