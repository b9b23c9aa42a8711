using Microsoft.AspNetCore.Http;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Presentation;

public sealed class PresentedTokenReaderTests
{
    private const string Token = "3f2b8c1e-7a4d-4e9b-9c2a-5d6e7f8a9b0c";

    [Fact]
    public void Read_HeaderOnly_IsTheHeader()
    {
        var read = PresentedTokenReader.Read(Request(header: [Token]), acceptHeader: true, acceptQuery: true);

        Assert.Equal((Token, "header", false), (read.Value, read.Placement, read.Ambiguous));
    }

    [Fact]
    public void Read_QueryOnly_IsTheQuery()
    {
        var read = PresentedTokenReader.Read(Request(query: $"?securityToken={Token}"), acceptHeader: true, acceptQuery: true);

        Assert.Equal((Token, "query", false), (read.Value, read.Placement, read.Ambiguous));
    }

    [Fact]
    public void Read_SameTokenInBothInAnotherCase_IsTheHeaderValue()
    {
        var read = PresentedTokenReader.Read(Request(header: [Token], query: $"?securityToken={Token.ToUpperInvariant()}"), acceptHeader: true, acceptQuery: true);

        Assert.Equal((Token, false), (read.Value, read.Ambiguous));
    }

    [Theory]
    [InlineData(new[] { Token }, "?securityToken=0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c")]
    [InlineData(new[] { Token, Token }, "")]
    [InlineData(new string[0], "?securityToken=" + Token + "&securityToken=" + Token)]
    public void Read_TwoValues_IsAmbiguousWithoutValue(string[] header, string query)
    {
        var read = PresentedTokenReader.Read(Request(header, query), acceptHeader: true, acceptQuery: true);

        Assert.True(read.Ambiguous);
        Assert.Null(read.Value);
        Assert.False(read.Absent);
    }

    [Fact]
    public void Read_Nothing_IsAbsent()
    {
        Assert.True(PresentedTokenReader.Read(Request(query: "?other=1"), acceptHeader: true, acceptQuery: true).Absent);
    }

    [Fact]
    public void Read_QueryNotAccepted_IgnoresTheQuery()
    {
        Assert.True(PresentedTokenReader.Read(Request(query: $"?securityToken={Token}"), acceptHeader: true, acceptQuery: false).Absent);
    }

    [Fact]
    public void ToString_OneToken_HidesIt()
    {
        var read = PresentedTokenReader.Read(Request(header: [Token]), acceptHeader: true, acceptQuery: true);

        Assert.DoesNotContain(Token, read.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequest Request(string[]? header = null, string query = "")
    {
        var context = new DefaultHttpContext();
        if (header is { Length: > 0 })
        {
            context.Request.Headers[TransparencyTokenDefaults.HeaderName] = header;
        }

        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        return context.Request;
    }
}
