using System.Text;

namespace Entsoe.Transparency.Tests.Parsing.Xml;

// A tag's attributes are checked for repeats by walking the first few and by a set beyond them: both halves must
// accept and refuse exactly what the framework's reader does.
public class Utf8DocumentXmlReaderAttributeTests
{
    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(5_000)]
    public void Read_ManyDistinctAttributes_SameNodesAsTheFrameworkReader(int count)
    {
        var bytes = Document(count, repeat: null);

        var expected = NodeTrace.Of(NodeTrace.Framework(bytes));
        var actual = NodeTrace.Of(NodeTrace.Utf8(bytes));

        Assert.NotEqual(NodeTrace.Refused, expected[^1]);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(2, "a0")]
    [InlineData(32, "a0")]
    [InlineData(33, "a0")]
    [InlineData(33, "a32")]
    [InlineData(5_000, "a17")]
    [InlineData(5_000, "a4998")]
    [InlineData(2, "q:n0")]
    [InlineData(40, "q:n0")]
    [InlineData(5_000, "q:n4000")]
    public void Read_RepeatedAttribute_RefusedLikeTheFrameworkReader(int count, string repeat)
    {
        var bytes = Document(count, repeat);
        Assert.Equal(NodeTrace.Refused, NodeTrace.Of(() => NodeTrace.Framework(bytes))[^1]);

        var trace = NodeTrace.Of(NodeTrace.Utf8(bytes));

        Assert.Equal(NodeTrace.Refused, trace[^1]);
    }

    [Theory]
    [InlineData("a1", null)]
    [InlineData("p:n2", null)]
    [InlineData("n2", "urn:x")]
    [InlineData("a1", "")]
    [InlineData("n2", "")]
    [InlineData("missing", null)]
    public void GetAttributeAndMoveToAttribute_ByName_AnswerLikeTheFrameworkReader(string name, string? namespaceUri)
    {
        var bytes = Document(3, repeat: null);
        using var framework = NodeTrace.Framework(bytes);
        using var utf8 = NodeTrace.Utf8(bytes);
        framework.MoveToContent();
        utf8.MoveToContent();

        var expectedValue = namespaceUri is null ? framework.GetAttribute(name) : framework.GetAttribute(name, namespaceUri);
        var expectedMove = namespaceUri is null ? framework.MoveToAttribute(name) : framework.MoveToAttribute(name, namespaceUri);
        var actualValue = namespaceUri is null ? utf8.GetAttribute(name) : utf8.GetAttribute(name, namespaceUri);
        var actualMove = namespaceUri is null ? utf8.MoveToAttribute(name) : utf8.MoveToAttribute(name, namespaceUri);

        Assert.Equal(expectedValue, actualValue);
        Assert.Equal(expectedMove, actualMove);
        Assert.Equal((framework.Name, framework.Value), (utf8.Name, utf8.Value));
    }

    // <r xmlns:p="urn:x" xmlns:q="urn:x" a0=".." p:n0=".." a1=".." p:n1=".." ...>: q:nK names the same attribute as p:nK.
    private static byte[] Document(int count, string? repeat)
    {
        var text = new StringBuilder("<r xmlns:p=\"urn:x\" xmlns:q=\"urn:x\"");
        for (var i = 0; i < count; i++)
        {
            text.Append(" a").Append(i).Append("=\"").Append(i).Append("\" p:n").Append(i).Append("=\"").Append(i).Append('"');
        }

        if (repeat is not null)
        {
            text.Append(' ').Append(repeat).Append("=\"again\"");
        }

        return Encoding.UTF8.GetBytes(text.Append("><c/></r>").ToString());
    }
}
