using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Parsing;

/// <summary>
/// The parser's errors quote the document, and a server could echo the token into it. Parsing a client's response
/// redacts with that client's credential, in either placement mode; parsing bytes with no credential still never
/// quotes a value as long as a token.
/// </summary>
public class TransparencyDocumentParserRedactionTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task Parse_ResponseEchoingTheTokenAsAPrice_ThrowsWithTheTokenMasked(TokenPlacement placement)
    {
        var token = Guid.NewGuid().ToString();
        var response = await FetchAsync(token, placement, Prices(token));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(response));

        Assert.Contains("is '***', which is not a number", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The price.amount at line ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task ParseArchive_ResponseWithAnEntryEchoingTheToken_ThrowsWithTheTokenMasked(TokenPlacement placement)
    {
        var token = Guid.NewGuid().ToString();
        var archive = OutageDocuments.Zip(($"{token}.xml", Prices(token)));
        var response = await FetchAsync(token, placement, archive);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseArchive(response));

        Assert.Contains("The archive entry '***.xml'", error.Message, StringComparison.Ordinal);
        Assert.Contains("is '***'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task ParseOutages_ResponseWithAnEntryNamedAfterTheToken_ThrowsWithTheTokenMasked(TokenPlacement placement)
    {
        var token = Guid.NewGuid().ToString();
        var archive = OutageDocuments.Zip(($"{token}.pdf", "%PDF-1.7 not a document"u8.ToArray()));
        var response = await FetchAsync(token, placement, archive);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.ParseOutages(response));

        Assert.Contains("'***.pdf'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("price.amount")]
    [InlineData("resolution")]
    [InlineData("start")]
    public void Parse_BytesWithATokenSizedValueAndNoCredential_DescribesTheValueInsteadOfQuotingIt(string element)
    {
        var token = Guid.NewGuid().ToString();
        var document = Encoding.UTF8.GetString(Prices("12.5")).Replace($"<{element}>", $"<{element}>{token}<!--", StringComparison.Ordinal).Replace($"</{element}>", $"--></{element}>", StringComparison.Ordinal);

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(Encoding.UTF8.GetBytes(document)));

        Assert.Contains("a 36-character value of letters, digits and '-' (too long for a number or an instant, so not shown)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_BytesWhoseMalformedMarkupNamesTheToken_NeitherMessageNorInnerExceptionHoldsIt()
    {
        var token = "t" + Guid.NewGuid();
        var document = $"<Publication_MarketDocument xmlns=\"urn:x\"><{token}></Publication_MarketDocument>";

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(Encoding.UTF8.GetBytes(document)));

        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<TransparencyResponse> FetchAsync(string token, TokenPlacement placement, byte[] body)
    {
        var route = FaultServer.Shared.Register((ctx, _, _) => Replies.OkAsync(ctx, body));
        using var client = new TransparencyClient(
            new SecurityTokenCredential(token),
            new TransparencyClientOptions { BaseAddress = route.BaseAddress, TokenPlacement = placement });
        return await client.QueryAsync(new TransparencyQuery("A44") { PeriodStart = Start, PeriodEnd = Start.AddDays(1) });
    }

    private static byte[] Prices(string amount) =>
        SampleDocuments.DayAheadPrices(SampleDocuments.Publication73, "PT60M", "2025-12-31T23:00Z", "2026-01-01T23:00Z", "A01", (1, amount));
}
