using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;
using Entsoe.Transparency.Tests.Parsing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>The typed outage queries against the real server on 127.0.0.1.</summary>
public class TransparencyClientOutagesTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetGenerationUnitOutagesAsync_TwoPagesOfZips_FollowsTheOffsetAndParsesEveryOutage()
    {
        var fullPage = OutageDocuments.ZipOf([.. Enumerable.Range(0, 200).Select(i => OutageDocuments.GenerationUnit($"p0-{i:000}"))]);
        var lastPage = OutageDocuments.ZipOf(
            OutageDocuments.GenerationUnit("p1-000"),
            OutageDocuments.Acknowledgement(),
            OutageDocuments.GenerationUnit("p1-001", revision: 5, status: "A09"));
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, Target(ctx).Contains("offset=0", StringComparison.Ordinal) ? fullPage : lastPage));
        using var client = Client(route);

        var outages = await client.GetGenerationUnitOutagesAsync(TransparencyAreas.Be, Start, Start.AddDays(1), OutageType.Forced, OutageStatus.Cancelled);

        Assert.Equal(2, route.Requests.Count);
        Assert.All(route.Requests, r =>
        {
            Assert.Contains("documentType=A80", r.RawTarget, StringComparison.Ordinal);
            Assert.Contains("biddingZone_Domain=10YBE----------2", r.RawTarget, StringComparison.Ordinal);
            Assert.Contains("businessType=A54", r.RawTarget, StringComparison.Ordinal);
            Assert.Contains("docStatus=A09", r.RawTarget, StringComparison.Ordinal);
            Assert.Contains("periodStart=202403010000&periodEnd=202403020000", r.RawTarget, StringComparison.Ordinal);
        });
        Assert.Contains("offset=0", route.Requests[0].RawTarget, StringComparison.Ordinal);
        Assert.Contains("offset=200", route.Requests[1].RawTarget, StringComparison.Ordinal);
        Assert.Equal(202, outages.Count);
        Assert.Equal("p0-000", outages[0].DocumentId);
        Assert.Equal(("p1-001", 5, OutageStatus.Cancelled), (outages[^1].DocumentId, outages[^1].RevisionNumber, outages[^1].Status));
        Assert.Equal("DOEL 3 GU", outages[0].GenerationUnit!.Name);
        Assert.Equal(2, outages[0].AvailableCapacity.Count);
    }

    [Fact]
    public async Task GetProductionUnitOutagesAsync_NoFilters_SendsA77ForTheBiddingZoneOnly()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, OutageDocuments.ZipOf(OutageDocuments.GenerationUnit("pu-1"))));
        using var client = Client(route);

        var outage = Assert.Single(await client.GetProductionUnitOutagesAsync(TransparencyAreas.Be, Start, Start.AddDays(1)));

        var target = Assert.Single(route.Requests).RawTarget;
        Assert.Contains("documentType=A77&biddingZone_Domain=10YBE----------2&offset=0", target, StringComparison.Ordinal);
        Assert.DoesNotContain("businessType", target, StringComparison.Ordinal);
        Assert.DoesNotContain("docStatus", target, StringComparison.Ordinal);
        Assert.Equal("pu-1", outage.DocumentId);
    }

    [Fact]
    public async Task GetTransmissionOutagesAsync_FromFranceToBelgium_SendsOutAndInDomain()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, OutageDocuments.ZipOf(OutageDocuments.Transmission())));
        using var client = Client(route);
        var may = new DateTimeOffset(2024, 5, 10, 0, 0, 0, TimeSpan.Zero);

        var outage = Assert.Single(await client.GetTransmissionOutagesAsync(TransparencyAreas.Fr, TransparencyAreas.Be, may, may.AddDays(1), OutageType.Planned));

        var target = Assert.Single(route.Requests).RawTarget;
        Assert.Contains("documentType=A78&in_Domain=10YBE----------2&out_Domain=10YFR-RTE------C&businessType=A53&offset=0", target, StringComparison.Ordinal);
        Assert.Equal("10T-BE-FR-00001A", outage.Assets[0].Id);
        Assert.Equal(OutageType.Planned, outage.OutageType);
    }

    [Fact]
    public async Task GetGenerationUnitOutagesAsync_SameOutageInTwoYearlyRequests_ReturnsItOnce()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, OutageDocuments.ZipOf(OutageDocuments.GenerationUnit("spanning"))));
        using var client = Client(route);

        var outages = await client.GetGenerationUnitOutagesAsync(TransparencyAreas.Be, new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, route.Requests.Count);
        Assert.Equal("spanning", Assert.Single(outages).DocumentId);
    }

    [Fact]
    public async Task GetGenerationUnitOutagesAsync_NoMatchingData_ReturnsNoOutages()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, Encoding.UTF8.GetBytes(Bodies.NoMatchingData)));
        using var client = Client(route);

        var outages = await client.GetGenerationUnitOutagesAsync(TransparencyAreas.Be, Start, Start.AddDays(1));

        Assert.Empty(outages);
        Assert.Single(route.Requests);
    }

    [Theory]
    [InlineData(OutageType.Unspecified, null)]
    [InlineData(null, OutageStatus.Other)]
    public async Task GetGenerationUnitOutagesAsync_FilterThePlatformDoesNotTake_ThrowsBeforeSending(OutageType? type, OutageStatus? status)
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, OutageDocuments.ZipOf()));
        using var client = Client(route);

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetGenerationUnitOutagesAsync(TransparencyAreas.Be, Start, Start.AddDays(1), type, status));

        Assert.Empty(route.Requests);
    }

    private static TransparencyClient Client(FaultRoute route) =>
        new(new SecurityTokenCredential(Guid.NewGuid().ToString()), new TransparencyClientOptions { BaseAddress = route.BaseAddress });

    private static string Target(HttpContext ctx) => ctx.Features.Get<IHttpRequestFeature>()!.RawTarget;
}
