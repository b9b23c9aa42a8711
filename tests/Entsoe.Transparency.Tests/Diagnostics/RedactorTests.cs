using System.Text;

namespace Entsoe.Transparency.Tests.Diagnostics;

public class RedactorTests
{
    private const string Token = "0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c";

    [Theory]
    [InlineData("token " + Token + " end")]
    [InlineData("TOKEN 0C5E2F8A-6B1D-4C3E-9F7A-2D4B6E8F0A1C END")]
    [InlineData("GET /api?documentType=A44&securityToken=" + Token)]
    [InlineData("SECURITY_TOKEN: " + Token)]
    public void Redact_TextHoldingTheToken_RemovesEveryForm(string text)
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));

        var redacted = redactor.Redact(text);

        Assert.DoesNotContain(Token, redacted, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Redactor.Mask, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_SomeOtherTokenInAQueryOrHeader_RemovesItToo()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));

        var redacted = redactor.Redact("x?securityToken=not-ours-1234&a=b SECURITY_TOKEN=also-not-ours");

        Assert.Equal("x?securityToken=***&a=b SECURITY_TOKEN=***", redacted);
    }

    [Fact]
    public void Redact_PrefixedTokenUrlEncoded_RemovesIt()
    {
        const string odd = "etp_abc+def/ghi";
        var redactor = new Redactor(new SecurityTokenCredential(odd));

        var redacted = redactor.Redact("echo " + Uri.EscapeDataString(odd));

        Assert.Equal("echo ***", redacted);
    }

    [Fact]
    public void Redact_AfterUpdate_StillRemovesThePreviousToken()
    {
        var credential = new SecurityTokenCredential(Token);
        var redactor = new Redactor(credential);

        credential.Update("7d3b9c1e-2f4a-4b6c-8d0e-1f3a5b7c9d2e");

        Assert.Equal("old *** new ***", redactor.Redact("old " + Token + " new 7d3b9c1e-2f4a-4b6c-8d0e-1f3a5b7c9d2e"));
    }

    [Fact]
    public void Excerpt_TokenAcrossTheTruncationPoint_LeavesNoPartOfIt()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));
        var body = Encoding.UTF8.GetBytes(new string('x', 290) + Token + new string('y', 100));

        var excerpt = redactor.Excerpt(body, 300);

        Assert.DoesNotContain(Token[..8], excerpt, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Excerpt_HtmlPage_KeepsTheTextOnly()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));

        var excerpt = redactor.Excerpt(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Unauthorized</title></head><body><p>Authentication failed.</p></body></html>"));

        Assert.Equal("Unauthorized Authentication failed.", excerpt);
    }

    [Fact]
    public void SafeInner_ExceptionMentioningTheToken_ReplacedByRedactedStandIn()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));
        var inner = new HttpRequestException("failed for ?securityToken=" + Token);

        var safe = redactor.SafeInner(inner)!;

        Assert.NotSame(inner, safe);
        Assert.DoesNotContain(Token, safe.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(nameof(HttpRequestException), safe.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SafeInner_CleanException_ReturnedAsIs()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));
        var inner = new HttpRequestException("Connection refused (127.0.0.1:1)");

        Assert.Same(inner, redactor.SafeInner(inner));
    }

    [Theory]
    [InlineData("refused (SECURITY_TOKEN: " + Token + ").", "refused (SECURITY_TOKEN: ***).")]
    [InlineData("SECURITY_TOKEN=" + Token + ", then", "SECURITY_TOKEN=***, then")]
    [InlineData("sent SECURITY_TOKEN: other-token-9.", "sent SECURITY_TOKEN: ***.")]
    [InlineData("(see ?securityToken=other-token-9).", "(see ?securityToken=***).")]
    [InlineData("SECURITY_TOKEN: a.b.c!", "SECURITY_TOKEN: ***!")]
    public void Redact_TokenFollowedByPunctuation_MasksOnlyTheToken(string text, string expected)
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));

        Assert.Equal(expected, redactor.Redact(text));
    }

    [Fact]
    public void Excerpt_XmlAcknowledgement_ShowsTheReasonCodeAndText()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));
        var body = Encoding.UTF8.GetBytes(Infrastructure.Bodies.Acknowledgement("999", "The number of instances (149) exceeds the allowed maximum (100)."));

        var excerpt = redactor.Excerpt(body);

        Assert.Equal("Acknowledgement_MarketDocument: reason 999: The number of instances (149) exceeds the allowed maximum (100).", excerpt);
    }

    [Fact]
    public void Excerpt_AcknowledgementLongerThanTheCut_StillReachesTheReason()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));
        var body = Encoding.UTF8.GetBytes(Infrastructure.Bodies.Acknowledgement("999", "Mandatory parameter 'in_Domain' is missing."));
        Assert.True(body.Length > 300);

        var excerpt = redactor.Excerpt(body, 300);

        Assert.EndsWith("reason 999: Mandatory parameter 'in_Domain' is missing.", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Excerpt_AcknowledgementEchoingTheToken_RedactsTheReason()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));
        var body = Encoding.UTF8.GetBytes(Infrastructure.Bodies.Acknowledgement("999", "Token " + Token + " is not valid."));

        Assert.Equal("Acknowledgement_MarketDocument: reason 999: Token *** is not valid.", redactor.Excerpt(body));
    }

    [Fact]
    public void Excerpt_OtherXml_KeepsTheTextWithoutMarkup()
    {
        var redactor = new Redactor(new SecurityTokenCredential(Token));
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><error xmlns=\"urn:x\"><message>Invalid query &amp; parameters</message><code>42</code></error>");

        Assert.Equal("Invalid query & parameters 42", redactor.Excerpt(body));
    }
}
