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

    [Fact]
    public async Task GetOffshoreGridOutagesAsync_DeLu_SendsA79ForTheBiddingZoneAndReadsCablesAndFeedIn()
    {
        var archive = OutageDocuments.ZipOf(
            BorderDocuments.OffshoreGridOutage("dolwin3-cable", revision: 1),
            OutageDocuments.Acknowledgement(),
            BorderDocuments.OffshoreGridOutage("dolwin3-cable", revision: 2));
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, archive));
        using var client = Client(route);

        var outages = await client.GetOffshoreGridOutagesAsync(TransparencyAreas.DeLu, BorderDocuments.SpringDayStart, BorderDocuments.SpringDayEnd);

        Assert.Equal(
            "documentType=A79&biddingZone_Domain=10Y1001A1001A82H&offset=0&periodStart=202603282300&periodEnd=202603292200",
            Target(Assert.Single(route.Requests)));
        Assert.Equal([1, 2], outages.Select(o => o.RevisionNumber));
        var outage = outages[1];
        Assert.Equal(("A79", OutageType.Forced, OutageStatus.Unspecified), (outage.DocumentType, outage.OutageType, outage.Status));
        Assert.Equal(new OutageResource("11TD2L000000391K", "DOLWIN3/DC/DOERPEN-WEST-DOLWIN GAMMA", "B22", "DOERPEN WEST-DOLWIN GAMMA"), Assert.Single(outage.Assets));
        Assert.Equal(900m, outage.NominalPower);
        Assert.Equal(new UtcInterval(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.Zero)), outage.Interval);

        // Position 91 of a PT1M curve from 00:30Z starts at 02:00Z: 0 MW before, 450 MW after.
        Assert.Equal(
            [
                new OutageCapacityStep(new UtcInterval(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero)), 0m),
                new OutageCapacityStep(new UtcInterval(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.Zero)), 450m),
            ],
            outage.AvailableCapacity);
        Assert.Equal(new OutageReason("B18", "Cable fault"), Assert.Single(outage.Reasons));
    }

    [Fact]
    public async Task GetOffshoreGridOutagesAsync_FullPage_AsksTheNextOffset()
    {
        var fullPage = OutageDocuments.ZipOf([.. Enumerable.Range(0, 200).Select(i => BorderDocuments.OffshoreGridOutage($"cable-{i:000}", revision: 1))]);
        var lastPage = OutageDocuments.ZipOf(BorderDocuments.OffshoreGridOutage("cable-200", revision: 1));
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, Target(ctx).Contains("offset=0", StringComparison.Ordinal) ? fullPage : lastPage));
        using var client = Client(route);

        var outages = await client.GetOffshoreGridOutagesAsync(TransparencyAreas.DeLu, BorderDocuments.SpringDayStart, BorderDocuments.SpringDayEnd);

        Assert.Equal(
            [
                "documentType=A79&biddingZone_Domain=10Y1001A1001A82H&offset=0&periodStart=202603282300&periodEnd=202603292200",
                "documentType=A79&biddingZone_Domain=10Y1001A1001A82H&offset=200&periodStart=202603282300&periodEnd=202603292200",
            ],
            route.Requests.Select(Target));
        Assert.Equal(201, outages.Count);
        Assert.Equal("cable-200", outages[^1].DocumentId);
    }

    [Fact]
    public async Task GetOffshoreGridOutagesAsync_StatusFilter_SendsDocStatus()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, Encoding.UTF8.GetBytes(Bodies.NoMatchingData)));
        using var client = Client(route);

        var outages = await client.GetOffshoreGridOutagesAsync(TransparencyAreas.DeLu, Start, Start.AddDays(1), OutageStatus.Cancelled);

        Assert.Empty(outages);
        Assert.Equal(
            "documentType=A79&biddingZone_Domain=10Y1001A1001A82H&docStatus=A09&offset=0&periodStart=202403010000&periodEnd=202403020000",
            Target(Assert.Single(route.Requests)));
    }

    [Fact]
    public async Task GetWithdrawnGenerationUnitOutagesAsync_Belgium_SendsDocStatusA13AndReadsTheWithdrawnOutage()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, OutageDocuments.ZipOf(BorderDocuments.WithdrawnGenerationOutage("doel4-refuel"))));
        using var client = Client(route);

        var outage = Assert.Single(await client.GetWithdrawnGenerationUnitOutagesAsync(TransparencyAreas.Be, BorderDocuments.AutumnDayStart, BorderDocuments.AutumnDayEnd, OutageType.Planned));

        Assert.Equal(
            "documentType=A80&biddingZone_Domain=10YBE----------2&businessType=A53&docStatus=A13&offset=0&periodStart=202610242200&periodEnd=202610252300",
            Target(Assert.Single(route.Requests)));
        Assert.Equal(("doel4-refuel", OutageStatus.Withdrawn, "A13", OutageType.Planned), (outage.DocumentId, outage.Status, outage.StatusCode, outage.OutageType));
        Assert.Equal("DOEL 4 GU", outage.GenerationUnit!.Name);
        Assert.Equal(1_038m, outage.NominalPower);

        // The 25-hour day of 25 October, 0 MW throughout: one step (A03, one stated position).
        var step = Assert.Single(outage.AvailableCapacity);
        Assert.Equal((TimeSpan.FromHours(25), 0m), (step.Interval.Duration, step.AvailableCapacity));
    }

    [Fact]
    public async Task GetWithdrawnGenerationUnitOutagesAsync_NoMatchingData_ReturnsNone()
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, Encoding.UTF8.GetBytes(Bodies.NoMatchingData)));
        using var client = Client(route);

        var outages = await client.GetWithdrawnGenerationUnitOutagesAsync(TransparencyAreas.Be, Start, Start.AddDays(1));

        Assert.Empty(outages);
        Assert.Equal(
            "documentType=A80&biddingZone_Domain=10YBE----------2&docStatus=A13&offset=0&periodStart=202403010000&periodEnd=202403020000",
            Target(Assert.Single(route.Requests)));
    }

    private static TransparencyClient Client(FaultRoute route) =>
        new(new SecurityTokenCredential(Guid.NewGuid().ToString()), new TransparencyClientOptions { BaseAddress = route.BaseAddress });

    private static string Target(HttpContext ctx) => ctx.Features.Get<IHttpRequestFeature>()!.RawTarget;

    private static string Target(RecordedRequest request) => request.RawTarget[(request.RawTarget.IndexOf('?', StringComparison.Ordinal) + 1)..];
}
