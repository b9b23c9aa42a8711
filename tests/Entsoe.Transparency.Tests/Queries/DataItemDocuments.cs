using System.Globalization;
using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// Documents of the typed data items, shaped as the platform sends them (IEC 62325-451 GL and publication market
/// documents, quantities in MAW), and the server and client the tests of those items share.
/// </summary>
internal static class DataItemDocuments
{
    public const string GenerationLoadNamespace = "urn:iec62325.351:tc57wg16:451-6:generationloaddocument:3:0";
    public const string PublicationNamespace = "urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:0";

    /// <summary>1 January 2026 in Berlin and Paris: the platform answers a query for part of it with the whole local day.</summary>
    public static readonly DateTimeOffset LocalDayStart = new(2025, 12, 31, 23, 0, 0, TimeSpan.Zero);

    /// <summary>The window the tests ask for: the first twelve UTC hours of 1 January 2026.</summary>
    public static readonly DateTimeOffset WindowStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset WindowEnd = WindowStart.AddHours(12);

    public static string GenerationLoad(string documentType, string processType, params string[] series) =>
        Document("GL_MarketDocument", GenerationLoadNamespace, documentType, $"<process.processType>{processType}</process.processType>", "time_Period.timeInterval", series);

    public static string Publication(string documentType, params string[] series) =>
        Document("Publication_MarketDocument", PublicationNamespace, documentType, string.Empty, "period.timeInterval", series);

    /// <summary>
    /// A series over the local day at <paramref name="resolution"/>, A01 curve, quantities <paramref name="first"/>,
    /// <paramref name="first"/> + 1, … so a test can tell from a value which position it came from.
    /// </summary>
    public static string Series(string id, string businessType, string fields, string resolution, int points, decimal first) =>
        Series(id, businessType, fields, resolution, LocalDayStart, LocalDayStart.AddDays(1), points, first);

    public static string Series(string id, string businessType, string fields, string resolution, DateTimeOffset start, DateTimeOffset end, int points, decimal first)
    {
        var xml = new StringBuilder();
        xml.Append(CultureInfo.InvariantCulture, $"""
            <TimeSeries>
              <mRID>{id}</mRID>
              <businessType>{businessType}</businessType>
              {fields}
              <quantity_Measure_Unit.name>MAW</quantity_Measure_Unit.name>
              <curveType>A01</curveType>
              <Period>
                <timeInterval><start>{start:yyyy-MM-ddTHH:mmZ}</start><end>{end:yyyy-MM-ddTHH:mmZ}</end></timeInterval>
                <resolution>{resolution}</resolution>
            """);
        for (var position = 1; position <= points; position++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Point><position>{position}</position><quantity>{first + position - 1}</quantity></Point>");
        }

        xml.Append("</Period></TimeSeries>");
        return xml.ToString();
    }

    public static string Domain(string element, string eic) => $"""<{element}.mRID codingScheme="A01">{eic}</{element}.mRID>""";

    public static string PsrType(string code) => $"<MktPSRType><psrType>{code}</psrType></MktPSRType>";

    /// <summary>A route that answers every request with <paramref name="body"/>.</summary>
    public static FaultRoute Serve(string body) => FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, body));

    public static TransparencyClient Client(FaultRoute route) =>
        new(new SecurityTokenCredential(Guid.NewGuid().ToString()), new TransparencyClientOptions { BaseAddress = route.BaseAddress });

    /// <summary>The query string (after <c>?</c>) of each request the route saw, in order.</summary>
    public static IReadOnlyList<string> SentQueries(FaultRoute route) =>
        [.. route.Requests.Select(r => r.RawTarget[(r.RawTarget.IndexOf('?', StringComparison.Ordinal) + 1)..])];

    private static string Document(string root, string ns, string documentType, string process, string intervalElement, string[] series) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <{root} xmlns="{ns}">
          <mRID>7f3c2a9e41d84b6f</mRID>
          <revisionNumber>1</revisionNumber>
          <type>{documentType}</type>
          {process}
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
          <createdDateTime>2026-01-02T08:15:00Z</createdDateTime>
          <{intervalElement}><start>{LocalDayStart:yyyy-MM-ddTHH:mmZ}</start><end>{LocalDayStart.AddDays(1):yyyy-MM-ddTHH:mmZ}</end></{intervalElement}>
          {string.Concat(series)}
        </{root}>
        """;
}
