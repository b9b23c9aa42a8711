using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;
using Entsoe.Transparency.Tests.Parsing;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// A parse error quotes the document, and a server could echo the token into one: the typed methods' errors must
/// still never carry it, in either placement mode.
/// </summary>
public class TypedQueryLeakTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task GetDayAheadPricesAsync_DocumentEchoingTheTokenAsAPrice_ThrowsWithoutTheToken(TokenPlacement placement)
    {
        var token = Guid.NewGuid().ToString();
        var document = $"""
            <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3"><type>A44</type>
              <TimeSeries><curveType>A01</curveType><Period>
                <timeInterval><start>2025-12-31T23:00Z</start><end>2026-01-01T23:00Z</end></timeInterval><resolution>PT60M</resolution>
                <Point><position>1</position><price.amount>x{token}</price.amount></Point>
              </Period></TimeSeries>
            </Publication_MarketDocument>
            """;
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, Encoding.UTF8.GetBytes(document)));
        using var client = Client(route, token, placement);

        var error = await Assert.ThrowsAsync<TransparencyDocumentException>(() => client.GetDayAheadPricesAsync(TransparencyAreas.Nl, Start, Start.AddDays(1)));

        Assert.Contains("price.amount", error.Message, StringComparison.Ordinal);
        Assert.Contains(Redactor.Mask, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(error.LineNumber);
    }

    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task GetGenerationUnitOutagesAsync_ArchiveEntryNamedAfterTheToken_ThrowsWithoutTheToken(TokenPlacement placement)
    {
        var token = Guid.NewGuid().ToString();
        var archive = OutageDocuments.Zip(($"{token}.pdf", "%PDF-1.7 not a document"u8.ToArray()));
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, archive));
        using var client = Client(route, token, placement);

        var error = await Assert.ThrowsAsync<TransparencyDocumentException>(() => client.GetGenerationUnitOutagesAsync(TransparencyAreas.Be, Start, Start.AddDays(1)));

        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Redactor.Mask, error.Message, StringComparison.Ordinal);
    }

    private static TransparencyClient Client(FaultRoute route, string token, TokenPlacement placement) =>
        new(new SecurityTokenCredential(token), new TransparencyClientOptions { BaseAddress = route.BaseAddress, TokenPlacement = placement });
}
