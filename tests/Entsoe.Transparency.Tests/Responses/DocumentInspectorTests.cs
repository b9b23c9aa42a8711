using System.Text;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Responses;

public class DocumentInspectorTests
{
    [Theory]
    [InlineData("urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:0")]
    [InlineData("urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3")]
    public void Inspect_PublicationAnyNamespaceVersion_ReturnsLocalName(string ns)
    {
        var body = Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><Publication_MarketDocument xmlns=\"{ns}\"><mRID>1</mRID></Publication_MarketDocument>");

        var (root, reason) = DocumentInspector.Inspect(body);

        Assert.Equal("Publication_MarketDocument", root);
        Assert.Null(reason);
    }

    [Fact]
    public void Inspect_Acknowledgement_ReadsCodeAndText()
    {
        var (root, reason) = DocumentInspector.Inspect(Encoding.UTF8.GetBytes(Bodies.Acknowledgement("999", "No matching data found")));

        Assert.Equal("Acknowledgement_MarketDocument", root);
        Assert.Equal(new AcknowledgementReason("999", "No matching data found"), reason);
    }

    [Theory]
    [InlineData(Bodies.MaintenancePage)]
    [InlineData("")]
    [InlineData("Requester banned until '2026-11-27T12:34:56.000Z'")]
    public void Inspect_NotXml_ReturnsNoRoot(string text)
    {
        Assert.Equal((null, null), DocumentInspector.Inspect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Inspect_DocumentTypeDeclaration_RefusedRatherThanResolved()
    {
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        Assert.Equal((null, null), DocumentInspector.Inspect(body));
    }

    [Fact]
    public void IsZip_ArchiveAndOtherBytes_DecidedBySignature()
    {
        Assert.True(DocumentInspector.IsZip(Bodies.Zip()));
        Assert.False(DocumentInspector.IsZip(Encoding.UTF8.GetBytes("PK but not a zip")));
        Assert.False(DocumentInspector.IsZip(Encoding.UTF8.GetBytes(Bodies.Publication)));
    }
}
