using System.Buffers;
using System.Text.Unicode;

namespace Entsoe.Transparency;

/// <summary>
/// Whether <see cref="Utf8DocumentXmlReader"/> takes a document on, judged once over its bytes before any node is read:
/// UTF-8 throughout, no character XML forbids, nothing whose meaning the reader leaves to the framework's reader.
/// </summary>
/// <remarks>
/// Checking the characters here, with the vectorized searches, spares a check per byte while reading. A document that
/// fails is not refused here: the framework's reader gets it and refuses it (or reads it) in its own words.
/// </remarks>
internal static class Utf8DocumentCheck
{
    // XML 1.0 §2.2 Char: every C0 control but tab, LF and CR is forbidden. ASCII values only, so the search is vectorized.
    private static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>True when <paramref name="document"/> (after any UTF-8 byte-order mark) is for the purpose-built reader.</summary>
    public static bool IsReadable(ReadOnlySpan<byte> document)
    {
        // An empty document and one that does not start as markup get the framework's own messages.
        if (document.IsEmpty || !(document[0] == (byte)'<' || Utf8DocumentXmlReader.IsWhitespace(document[0])))
        {
            return false;
        }

        // Invalid UTF-8 (lone surrogates included: UTF-8 cannot encode them) and UTF-16 or UTF-32 without a
        // byte-order mark (their zero bytes) fail here; a UTF-16 or UTF-32 byte-order mark is not UTF-8 either.
        if (!Utf8.IsValid(document) || HasForbiddenCharacter(document))
        {
            return false;
        }

        // xml:space="preserve" turns white space into SignificantWhitespace nodes, a rule this reader does not carry.
        if (document.IndexOf("xml:space"u8) >= 0)
        {
            return false;
        }

        // "<?xml" then white space or "?" can only be the declaration (a PI target may be longer, "xml-stylesheet").
        var declaration = document.StartsWith("<?xml"u8) && (document.Length == 5 || document[5] == (byte)'?' || Utf8DocumentXmlReader.IsWhitespace(document[5]));
        return !declaration || XmlDeclarationSyntax.TryRead(document, out _);
    }

    private static bool HasForbiddenCharacter(ReadOnlySpan<byte> document)
    {
        if (document.IndexOfAny(ForbiddenControls) >= 0)
        {
            return true;
        }

        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not characters either; EF BF also starts allowed ones (U+FFxx).
        var offset = 0;
        while (true)
        {
            var found = document[offset..].IndexOf((ReadOnlySpan<byte>)[0xEF, 0xBF]);
            if (found < 0)
            {
                return false;
            }

            var at = offset + found;
            if (at + 2 < document.Length && document[at + 2] is 0xBE or 0xBF)
            {
                return true;
            }

            offset = at + 2;
        }
    }
}
