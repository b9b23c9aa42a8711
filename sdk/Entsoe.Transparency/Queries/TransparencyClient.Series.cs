namespace Entsoe.Transparency;

// What every typed series method shares: the query it starts from, and the requests, parsing and trimming it ends in.
public partial class TransparencyClient
{
    // Typed methods return an empty list for "no matching data", whatever the client's options say.
    private static TransparencyQuery NewQuery(string documentType, DateTimeOffset start, DateTimeOffset end) =>
        new(documentType) { PeriodStart = start, PeriodEnd = end, ThrowOnNoMatchingData = false };

    private static TransparencyQuery NewQuery(string documentType, string processType, DateTimeOffset start, DateTimeOffset end)
    {
        var query = NewQuery(documentType, start, end);
        query.ProcessType = processType;
        return query;
    }

    // Every typed series method ends here: all requests of the query, each response parsed (an archive entry by entry)
    // and trimmed to the window.
    private async Task<IReadOnlyList<TimeSeries>> GetSeriesAsync(TransparencyQuery query, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken, bool keepOverlappingPoints = false)
    {
        var options = new TransparencyParseOptions
        {
            Window = new UtcInterval(start.ToUniversalTime(), end.ToUniversalTime()),
            KeepOverlappingPoints = keepOverlappingPoints,
        };
        var series = new List<TimeSeries>();
        await foreach (var response in QueryAllAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (response.ContentKind == TransparencyContentKind.Zip)
            {
                foreach (var entry in ParseRedacted(() => TransparencyDocumentParser.ParseArchive(response, options)))
                {
                    series.AddRange(entry.Document.TimeSeries);
                }
            }
            else
            {
                series.AddRange(ParseRedacted(() => TransparencyDocumentParser.Parse(response, options)).TimeSeries);
            }
        }

        return series;
    }

    // A parse error quotes the document (a value, an entry name), and the document is the server's text, which could
    // echo the token: the client's redactor sees every such message before the caller does.
    private T ParseRedacted<T>(Func<T> parse) => redactor.RedactErrorsOf(parse);
}
