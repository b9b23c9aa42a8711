using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using Entsoe.Transparency.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Entsoe.Transparency.Tests.Queries.Splitting;

/// <summary>
/// <see cref="TransparencyClient.QueryAllAsync"/> against the real server on 127.0.0.1 when the platform refuses a
/// period as too large, in each wording it is known to use: what is sent next, and that the periods still cover the
/// window exactly.
/// </summary>
public partial class QueryAllAsyncTooLargeTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // A leap year: 366 days, halved into 183 and 91.5 days.
    private static readonly DateTimeOffset End = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, double, int, double> Wordings => new()
    {
        // Count limits: one instance a day, 100 allowed: 366 → 183 → 91.5 days, 3 refusals and 4 answers.
        { "The number of instances ({n}) exceeds the allowed maximum (100).", 100, 7, 91.5 },
        { "The number of instances ({n}) exceeds the allowed maximum (100) for data item ACTUAL_TOTAL_LOAD.", 100, 7, 91.5 },
        { "Too many instances requested: {n}, allowed 100.", 100, 7, 91.5 },
        { "The amount of requested data exceeds allowed limit. Requested {n} documents but allowed 100", 100, 7, 91.5 },
        { "Too many documents: requested {n}, the maximum is 100.", 100, 7, 91.5 },
        { "The query exceeds the allowed limit of 100 items. Requested {n}", 100, 7, 91.5 },

        // A stated period limit: one refusal, then pieces of that length (a month as 28 days): 14 pieces of the year.
        { "Provided time interval ({from} - {to}) is larger than maximum allowed period 'P1M' for 'ACTUAL_TOTAL_LOAD_R3:XML' export.", 31, 15, 28 },
        { "The requested period of {n} days exceeds the allowed maximum of 30 days.", 30, 14, 30 },

        // A period limit without its length: halved like a count.
        { "Requested period too long.", 100, 7, 91.5 },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public async Task QueryAllAsync_RefusedAsTooLarge_SplitsUntilEveryPieceFitsAndCoversTheYear(string wording, double limitDays, int expectedRequests, double longestDays)
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => RefuseAbove(ctx, limitDays, wording));
        using var client = Client(route);

        var responses = await AllAsync(client, Load(Start, End));

        var periods = route.Requests.Select(r => PeriodOf(r.RawTarget)).ToList();
        Assert.Equal(expectedRequests, periods.Count);
        var answered = periods.Where(p => (p.End - p.Start).TotalDays <= limitDays).ToList();
        Assert.Equal(answered.Count, responses.Count);
        Assert.Equal(longestDays, answered.Max(p => (p.End - p.Start).TotalDays));
        Assert.Equal(Start, answered[0].Start);
        Assert.Equal(End, answered[^1].End);
        for (var i = 1; i < answered.Count; i++)
        {
            Assert.Equal(answered[i - 1].End, answered[i].Start);
        }
    }

    [Fact]
    public async Task QueryAllAsync_StatedPeriodLimit_LaterChunksUseItWithoutBeingRefusedFirst()
    {
        const string wording = "Provided time interval ({from} - {to}) is larger than maximum allowed period 'P1M' for 'ACTUAL_TOTAL_LOAD_R3:XML' export.";
        var route = FaultServer.Shared.Register((ctx, _, _) => RefuseAbove(ctx, 31, wording));
        using var client = Client(route);

        await AllAsync(client, Load(Start, Start.AddYears(2)));

        var refused = route.Requests.Select(r => PeriodOf(r.RawTarget)).Count(p => (p.End - p.Start).TotalDays > 31);
        Assert.Equal(1, refused);
    }

    [Fact]
    public async Task QueryAllAsync_InstancesNotSpreadOverTime_StopsAfterOneHalvingAndSaysToNarrowTheQuery()
    {
        // Generation per unit (A73): 149 units each have a series in any part of the day, so halving cannot help.
        var route = FaultServer.Shared.Register((ctx, _, _) => Refuse(ctx, "The number of instances (149) exceeds the allowed maximum (100)."));
        using var client = Client(route);
        var day = new DateTimeOffset(2025, 11, 24, 0, 0, 0, TimeSpan.Zero);
        var query = new TransparencyQuery("A73") { ProcessType = "A16", PeriodStart = day, PeriodEnd = day.AddDays(1) }
            .WithDomain("in_Domain", TransparencyAreas.Fr);

        var error = await Assert.ThrowsAsync<TransparencyBisectLimitException>(() => AllAsync(client, query));

        Assert.Equal(2, route.Requests.Count);
        Assert.Contains("149 instances", error.Message, StringComparison.Ordinal);
        Assert.Contains("Narrow the query", error.Message, StringComparison.Ordinal);
        var cause = Assert.IsType<TransparencyQueryTooLargeException>(error.InnerException);
        Assert.Equal(TransparencyQueryLimit.Instances, cause.Limit);
        Assert.Equal(new QueryChunk(day, day.AddHours(12)), error.Chunk);
    }

    [Fact]
    public async Task QueryAllAsync_PagedItemRefusedAtOffsetZero_HalvesThePeriodAndPagesEachHalf()
    {
        // Day-ahead prices page by offset; a platform that refuses the first page for its instances is not paging, so
        // the period is what can shrink.
        var route = FaultServer.Shared.Register((ctx, _, _) => RefuseAbove(ctx, 100, "The number of instances ({n}) exceeds the allowed maximum (100) for data item ENERGY_PRICES."));
        using var client = Client(route);
        var query = new TransparencyQuery("A44") { PeriodStart = Start, PeriodEnd = End }
            .WithDomain("in_Domain", TransparencyAreas.Nl).WithDomain("out_Domain", TransparencyAreas.Nl);

        var responses = await AllAsync(client, query);

        Assert.Equal(4, responses.Count);
        Assert.Equal(7, route.Requests.Count);
        Assert.All(route.Requests, r => Assert.Contains("offset=0", r.RawTarget, StringComparison.Ordinal));
    }

    private static TransparencyClient Client(FaultRoute route) =>
        new(new SecurityTokenCredential(Guid.NewGuid().ToString()), new TransparencyClientOptions { BaseAddress = route.BaseAddress });

    private static TransparencyQuery Load(DateTimeOffset start, DateTimeOffset end) =>
        new TransparencyQuery("A65") { ProcessType = "A16", PeriodStart = start, PeriodEnd = end }
            .WithDomain("outBiddingZone_Domain", TransparencyAreas.Nl);

    private static async Task<List<TransparencyResponse>> AllAsync(TransparencyClient client, TransparencyQuery query)
    {
        var responses = new List<TransparencyResponse>();
        await foreach (var response in client.QueryAllAsync(query, CancellationToken.None))
        {
            responses.Add(response);
        }

        return responses;
    }

    // One instance per day of the period: more days than the limit is refused in the given wording.
    private static Task RefuseAbove(HttpContext ctx, double limitDays, string wording)
    {
        var (start, end) = PeriodOf(ctx.Features.Get<IHttpRequestFeature>()!.RawTarget);
        var days = (end - start).TotalDays;
        if (days <= limitDays)
        {
            return Replies.OkAsync(ctx, Bodies.Publication);
        }

        var text = wording
            .Replace("{n}", ((int)Math.Ceiling(days)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{from}", start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z[UTC]'", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{to}", end.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z[UTC]'", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return Refuse(ctx, text);
    }

    private static async Task Refuse(HttpContext ctx, string text)
    {
        ctx.Response.StatusCode = 400;
        ctx.Response.ContentType = "text/xml";
        await ctx.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Bodies.Acknowledgement("999", SecurityElement.Escape(text)!)));
    }

    private static (DateTimeOffset Start, DateTimeOffset End) PeriodOf(string target)
    {
        var match = PeriodPattern().Match(target);
        return (Instant(match.Groups["start"].Value), Instant(match.Groups["end"].Value));
    }

    private static DateTimeOffset Instant(string value) =>
        DateTimeOffset.ParseExact(value, "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    [GeneratedRegex(@"periodStart=(?<start>\d{12})&periodEnd=(?<end>\d{12})", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
