using System.Text;

namespace Entsoe.Transparency.Tests.Parsing.Xml;

// Namespaces in scope are walked while they are few and indexed past 16: across that limit, with declarations that
// hide others and scopes that end, every node must resolve as the framework's reader resolves it.
public class Utf8DocumentXmlReaderNamespaceTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    [InlineData(2_000)]
    public void Read_ManyDeclarationsHiddenAndEnded_SameNamespacesAsTheFrameworkReader(int declarations)
    {
        var bytes = Document(declarations, undeclaredAtEnd: false);

        var expected = NodeTrace.Of(NodeTrace.Framework(bytes));
        var actual = NodeTrace.Of(NodeTrace.Utf8(bytes));

        Assert.NotEqual(NodeTrace.Refused, expected[^1]);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Read_PrefixUsedAfterItsScopeEnded_RefusedLikeTheFrameworkReader(int declarations)
    {
        var bytes = Document(declarations, undeclaredAtEnd: true);
        Assert.Equal(NodeTrace.Refused, NodeTrace.Of(() => NodeTrace.Framework(bytes))[^1]);

        var trace = NodeTrace.Of(NodeTrace.Utf8(bytes));

        Assert.Equal(NodeTrace.Refused, trace[^1]);
    }

    // The root declares p0..pN-1 and a default namespace. A child hides every other prefix and the default with
    // urn:inner, declares inner-only prefixes q0..qN-1, and uses both; an empty element declares and uses its own; after
    // the child ends, the root's bindings are back. With undeclaredAtEnd, q0 is used once its scope has ended.
    private static byte[] Document(int declarations, bool undeclaredAtEnd)
    {
        var text = new StringBuilder("<r xmlns=\"urn:root\"");
        for (var i = 0; i < declarations; i++)
        {
            text.Append(" xmlns:p").Append(i).Append("=\"urn:outer").Append(i).Append('"');
        }

        text.Append("><p0:a/><c xmlns=\"urn:inner\"");
        for (var i = 0; i < declarations; i += 2)
        {
            text.Append(" xmlns:p").Append(i).Append("=\"urn:inner").Append(i).Append('"');
        }

        for (var i = 0; i < declarations; i++)
        {
            text.Append(" xmlns:q").Append(i).Append("=\"urn:q").Append(i).Append('"');
        }

        text.Append('>');
        for (var i = 0; i < declarations; i++)
        {
            text.Append("<p").Append(i).Append(":e q").Append(i).Append(":x=\"1\"/><q").Append(i).Append(":e/>");
        }

        text.Append("<d/><e xmlns:z=\"urn:z\" z:y=\"1\"><z:f/></e></c>");
        for (var i = 0; i < declarations; i++)
        {
            text.Append("<p").Append(i).Append(":g/>");
        }

        text.Append(undeclaredAtEnd ? "<q0:h/>" : "<h/>");
        return Encoding.UTF8.GetBytes(text.Append("</r>").ToString());
    }
}
