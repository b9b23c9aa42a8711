using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Entsoe.Transparency.Tests.Queries.Splitting;

/// <summary>The large-query plan carried out against a scripted platform (no HTTP): chunks, halves, pages, empties.</summary>
public class LargeQueryRunnerTests
{
    private static readonly DateTimeOffset Start = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_ThirtyMonthsOfLoad_SendsOneRequestPerYearInOrder()
    {
        var platform = new ScriptedPlatform(_ => Xml(series: 1));
        var query = Query("A65", Start, Start.AddMonths(30));

        var responses = await RunAsync(platform, query);

        Assert.Equal(3, responses.Count);
        Assert.Equal(
            ["202301010000-202401010000", "202401010000-202501010000", "202501010000-202507010000"],
            platform.Sent.Select(Period));
        Assert.All(platform.Sent, q => Assert.Null(Offset(q)));
    }

    [Fact]
    public async Task RunAsync_ChunkRefusedAsTooLarge_HalvesItAndKeepsTimeOrder()
    {
        var platform = new ScriptedPlatform(q => Period(q) == "202301010000-202301030000" ? throw TooLarge() : Xml(series: 1));
        var query = Query("A65", Start, Start.AddDays(2));

        var responses = await RunAsync(platform, query);

        Assert.Equal(2, responses.Count);
        Assert.Equal(
            ["202301010000-202301030000", "202301010000-202301020000", "202301020000-202301030000"],
            platform.Sent.Select(Period));
    }

    [Fact]
    public async Task RunAsync_TooLargeDownToTheShortestHalf_ThrowsBisectLimitWithThePlatformsAnswerInside()
    {
        var platform = new ScriptedPlatform(_ => throw TooLarge());
        var query = Query("A65", Start, Start.AddHours(2));

        var error = await Assert.ThrowsAsync<TransparencyBisectLimitException>(() => RunAsync(platform, query));

        Assert.IsType<TransparencyQueryTooLargeException>(error.InnerException);
        Assert.Equal(new QueryChunk(Start, Start.AddHours(1)), error.Chunk);
        Assert.Equal(["202301010000-202301010200", "202301010000-202301010100"], platform.Sent.Select(Period));
    }

    [Fact]
    public async Task RunAsync_OutagesInZipPages_FollowsOffsetsUntilAShortPage()
    {
        var platform = new ScriptedPlatform(q => Offset(q) switch
        {
            "0" or "200" => Zip(documents: 200),
            _ => Zip(documents: 3),
        });
        var query = Query("A80", Start, Start.AddMonths(1));

        var responses = await RunAsync(platform, query);

        Assert.Equal(3, responses.Count);
        Assert.Equal(["0", "200", "400"], platform.Sent.Select(Offset));
    }

    [Fact]
    public async Task RunAsync_ZipPageWithAcknowledgementEntries_CountsOnlyDocuments()
    {
        var platform = new ScriptedPlatform(q => Offset(q) == "0" ? Zip(documents: 199, acknowledgements: 1) : Zip(documents: 200));
        var query = Query("A77", Start, Start.AddDays(1));

        var responses = await RunAsync(platform, query);

        Assert.Single(responses);
        Assert.Equal(["0"], platform.Sent.Select(Offset));
    }

    [Fact]
    public async Task RunAsync_PricesWithAFullPageThenNoData_StopsAtTheEmptyPage()
    {
        var platform = new ScriptedPlatform(q => Offset(q) == "0" ? Xml(series: 100) : NoData());
        var query = Query("A44", Start, Start.AddMonths(6));

        var responses = await RunAsync(platform, query);

        Assert.Single(responses);
        Assert.Equal(["0", "100"], platform.Sent.Select(Offset));
    }

    [Fact]
    public async Task RunAsync_EveryPageFull_ThrowsOffsetLimitAfterTheLastOffset()
    {
        var platform = new ScriptedPlatform(_ => Zip(documents: 200));
        var query = Query("A78", Start, Start.AddDays(1));

        var error = await Assert.ThrowsAsync<TransparencyOffsetLimitException>(() => RunAsync(platform, query));

        Assert.Equal(25, platform.Sent.Count);
        Assert.Equal("4800", Offset(platform.Sent[^1]));
        Assert.Contains("4800", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OffsetSetByTheCaller_SendsThatPageOnly()
    {
        var platform = new ScriptedPlatform(_ => Zip(documents: 200));
        var query = Query("A77", Start, Start.AddDays(1)).WithParameter("offset", "400");

        var responses = await RunAsync(platform, query);

        Assert.Single(responses);
        Assert.Equal(["400"], platform.Sent.Select(Offset));
    }

    [Fact]
    public async Task RunAsync_SomeChunksEmpty_YieldsTheOthersAndNeverAsksForAnException()
    {
        var platform = new ScriptedPlatform(q => Period(q).StartsWith("2024", StringComparison.Ordinal) ? NoData() : Xml(series: 2));
        var query = Query("A65", Start, Start.AddYears(3));
        query.ThrowOnNoMatchingData = true;

        var responses = await RunAsync(platform, query);

        Assert.Equal(2, responses.Count);
        Assert.All(platform.Sent, q => Assert.False(q.ThrowOnNoMatchingData ?? true));
    }

    [Fact]
    public async Task RunAsync_NothingAnywhereAndExceptionAskedFor_ThrowsNoMatchingData()
    {
        var platform = new ScriptedPlatform(_ => NoData());
        var query = Query("A65", Start, Start.AddYears(2));

        var error = await Assert.ThrowsAsync<TransparencyNoMatchingDataException>(() => RunAsync(platform, query, throwOnNoMatchingData: true));

        Assert.Equal(2, platform.Sent.Count);
        Assert.Contains("A65", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NothingAnywhere_YieldsNothing()
    {
        var platform = new ScriptedPlatform(_ => NoData());

        var responses = await RunAsync(platform, Query("A65", Start, Start.AddDays(3)));

        Assert.Empty(responses);
        Assert.Single(platform.Sent);
    }

    private static async Task<List<TransparencyResponse>> RunAsync(ScriptedPlatform platform, TransparencyQuery query, bool throwOnNoMatchingData = false)
    {
        var responses = new List<TransparencyResponse>();
        await foreach (var response in LargeQueryRunner.RunAsync(platform.SendAsync, query, throwOnNoMatchingData, CancellationToken.None))
        {
            responses.Add(response);
        }

        return responses;
    }

    private static TransparencyQuery Query(string documentType, DateTimeOffset start, DateTimeOffset end) =>
        new TransparencyQuery(documentType) { PeriodStart = start, PeriodEnd = end }.WithDomain("outBiddingZone_Domain", "10YNL----------L");

    private static string Period(TransparencyQuery query) => string.Create(
        CultureInfo.InvariantCulture, $"{query.PeriodStart!.Value.UtcDateTime:yyyyMMddHHmm}-{query.PeriodEnd!.Value.UtcDateTime:yyyyMMddHHmm}");

    private static string? Offset(TransparencyQuery query) =>
        query.Parameters.Where(p => p.Key == "offset").Select(p => p.Value).SingleOrDefault();

    private static TransparencyQueryTooLargeException TooLarge() => new("Requested 240 documents but allowed 100.");

    private static TransparencyResponse NoData() => new(200, TransparencyContentKind.NoMatchingData, "Acknowledgement_MarketDocument", null, ReadOnlyMemory<byte>.Empty);

    private static TransparencyResponse Xml(int series)
    {
        var body = new StringBuilder("<Publication_MarketDocument xmlns=\"urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3\"><type>A44</type>");
        for (var i = 0; i < series; i++)
        {
            // Nested elements as the platform sends them, so a counter that stops at the first end tag fails.
            body.Append("<TimeSeries><mRID>").Append(i + 1).Append("</mRID><Period><Point><position>1</position></Point></Period></TimeSeries>");
        }

        body.Append("</Publication_MarketDocument>");
        return new TransparencyResponse(200, TransparencyContentKind.Xml, "Publication_MarketDocument", null, Encoding.UTF8.GetBytes(body.ToString()));
    }

    private static TransparencyResponse Zip(int documents, int acknowledgements = 0)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < documents + acknowledgements; i++)
            {
                var root = i < documents ? "Unavailability_MarketDocument" : "Acknowledgement_MarketDocument";
                using var writer = new StreamWriter(archive.CreateEntry($"entry-{i}.xml").Open(), Encoding.UTF8);
                writer.Write($"<{root} xmlns=\"urn:example\"><mRID>{i}</mRID></{root}>");
            }
        }

        return new TransparencyResponse(200, TransparencyContentKind.Zip, null, null, buffer.ToArray());
    }

    private sealed class ScriptedPlatform(Func<TransparencyQuery, TransparencyResponse> answer)
    {
        public List<TransparencyQuery> Sent { get; } = [];

        public Task<TransparencyResponse> SendAsync(TransparencyQuery query, CancellationToken cancellationToken)
        {
            Sent.Add(query);
            return Task.FromResult(answer(query));
        }
    }
}
