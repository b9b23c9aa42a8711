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
        var response = await FetchAsync(token, placement, Encoding.UTF8.GetBytes(Prices(token)));

        var error = Assert.Throws<TransparencyDocumentException>(() => TransparencyDocumentParser.Parse(response));

        Assert.Contains("The price.amount at line 4 is '***', which is not a number", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task ParseArchive_ResponseWithAnEntryEchoingTheToken_ThrowsWithTheTokenMasked(TokenPlacement placement)
    {
        var token = Guid.NewGuid().ToString();
        var archive = OutageDocuments.Zip(($"{token}.xml", Encoding.UTF8.GetBytes(Prices(token))));
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
        var document = Prices("12.5").Replace($"<{element}>", $"<{element}>{token}<!--", StringComparison.Ordinal).Replace($"</{element}>", $"--></{element}>", StringComparison.Ordinal);

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

    private static string Prices(string amount) => $"""
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3"><type>A44</type>
          <TimeSeries><curveType>A01</curveType><Period>
            <timeInterval><start>2025-12-31T23:00Z</start><end>2026-01-01T23:00Z</end></timeInterval><resolution>PT60M</resolution>
            <Point><position>1</position><price.amount>{amount}</price.amount></Point>
          </Period></TimeSeries>
        </Publication_MarketDocument>
        """;
}
