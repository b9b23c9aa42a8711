using System.Text;

namespace Entsoe.Transparency;

/// <summary>
/// The XML declaration in the one form <see cref="Utf8DocumentXmlReader"/> reads itself (XML 1.0 §2.8, rule 23):
/// <c>version="1.0"</c>, then optionally an <c>encoding</c> that names UTF-8 and a <c>standalone</c> of yes or no. Any
/// other declaration (another version or encoding, a misspelt one) is the framework reader's to judge.
/// </summary>
internal static class XmlDeclarationSyntax
{
    /// <summary>One pseudo-attribute: its name, its value, and where each starts (offsets from the document's start).</summary>
    public readonly record struct Part(string Name, string Value, int NameOffset, int ValueOffset, byte Quote);

    /// <summary>The declaration at the start of <paramref name="document"/>: its parts and the offset after its <c>?&gt;</c>.</summary>
    public static bool TryRead(ReadOnlySpan<byte> document, out (Part[] Parts, int End) declaration)
    {
        declaration = default;
        var parts = new List<Part>(3);
        var at = 5;
        string[] expected = ["version", "encoding", "standalone"];
        var next = 0;
        while (true)
        {
            var spaced = SkipWhitespace(document, ref at);
            if (at + 1 < document.Length && document[at] == (byte)'?' && document[at + 1] == (byte)'>')
            {
                if (parts.Count == 0)
                {
                    return false;
                }

                declaration = (parts.ToArray(), at + 2);
                return true;
            }

            if (!spaced || !TryReadPart(document, ref at, out var part))
            {
                return false;
            }

            // The parts come in this order, each at most once, version first and always.
            var index = Array.IndexOf(expected, part.Name);
            if (index < next || (parts.Count == 0 && index != 0) || !IsAccepted(part))
            {
                return false;
            }

            next = index + 1;
            parts.Add(part);
        }
    }

    private static bool IsAccepted(Part part) => part.Name switch
    {
        "version" => part.Value == "1.0",
        "encoding" => part.Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase),
        _ => part.Value is "yes" or "no",
    };

    private static bool TryReadPart(ReadOnlySpan<byte> document, ref int at, out Part part)
    {
        part = default;
        var nameOffset = at;
        while (at < document.Length && document[at] is >= (byte)'a' and <= (byte)'z')
        {
            at++;
        }

        var name = Encoding.ASCII.GetString(document[nameOffset..at]);
        SkipWhitespace(document, ref at);
        if (at >= document.Length || document[at] != (byte)'=')
        {
            return false;
        }

        at++;
        SkipWhitespace(document, ref at);
        if (at >= document.Length || document[at] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = document[at];
        var valueOffset = ++at;
        while (at < document.Length && document[at] != quote)
        {
            // Only the letters, digits and punctuation of the accepted values: anything else is not for this reader.
            if (document[at] is not ((>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-'))
            {
                return false;
            }

            at++;
        }

        if (at >= document.Length)
        {
            return false;
        }

        part = new Part(name, Encoding.ASCII.GetString(document[valueOffset..at]), nameOffset, valueOffset, quote);
        at++;
        return true;
    }

    private static bool SkipWhitespace(ReadOnlySpan<byte> document, ref int at)
    {
        var from = at;
        while (at < document.Length && Utf8DocumentXmlReader.IsWhitespace(document[at]))
        {
            at++;
        }

        return at > from;
    }
}
