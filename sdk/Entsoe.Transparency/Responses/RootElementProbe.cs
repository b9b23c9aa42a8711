using System.Text;
using System.Text.Unicode;

namespace Entsoe.Transparency;

/// <summary>
/// Reads the root element's local name of a plain UTF-8 document from its first bytes, without creating an
/// <see cref="System.Xml.XmlReader"/> (which costs more per request than everything else the client does for a small
/// body). It answers only for a shape it can judge exactly as <see cref="SafeXmlReader"/> would; for anything else it
/// declines and the caller asks the reader.
/// </summary>
/// <remarks>
/// What it accepts (XML 1.0 §2.8 and §3.1, Namespaces in XML 1.0 §3): an optional UTF-8 byte order mark; an optional
/// declaration <c>&lt;?xml version="1.0"</c> with an optional <c>encoding="utf-8"</c> and <c>standalone</c>; white
/// space; a start tag whose element and attribute names are ASCII, whose attribute values hold no markup, no
/// reference, no control and no non-ASCII character, with no attribute twice, and whose element prefix, if any, is
/// declared in the same tag. Declines: comments, processing instructions and a document type before the root, other
/// encodings, prefixed attributes other than namespace declarations, reserved prefixes and namespaces, and a body whose
/// first bytes (the tag and a reader's look-ahead after it) are not valid UTF-8, which the reader decodes its own way.
/// </remarks>
internal static class RootElementProbe
{
    // A reader decodes its input buffer (at most 8 KB for a stream) beyond the start tag before it returns; checking
    // more than that is only ever more careful.
    private const int LookAheadBytes = 64 * 1024;

    // The root of the last document probed: the platform answers a client with the same few kinds again and again.
    private static string? lastRoot;

    /// <summary>The root element's local name, when the document's start is one this probe judges exactly.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, out string? root)
    {
        root = null;
        var i = body is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        if (body[i..].StartsWith("<?xml"u8) && !TrySkipDeclaration(body, ref i))
        {
            return false;
        }

        i = SkipSpace(body, i);
        if (i >= body.Length || body[i] != (byte)'<')
        {
            return false;
        }

        i++;
        if (!TryName(body, ref i, out var prefix, out var local))
        {
            return false;
        }

        if (!TrySkipAttributes(body, ref i, prefix) || !Utf8.IsValid(body[..Math.Min(body.Length, i + LookAheadBytes)]))
        {
            return false;
        }

        root = Intern(body.Slice(local.Start, local.Length));
        return true;
    }

    private static bool TrySkipDeclaration(ReadOnlySpan<byte> body, ref int i)
    {
        i += 5;
        if (!TryPseudoAttribute(body, ref i, "version"u8, out var version) || !body.Slice(version.Start, version.Length).SequenceEqual("1.0"u8))
        {
            return false;
        }

        var save = i;
        if (TryPseudoAttribute(body, ref i, "encoding"u8, out var encoding))
        {
            if (!Ascii.EqualsIgnoreCase(body.Slice(encoding.Start, encoding.Length), "utf-8"u8))
            {
                return false;
            }
        }
        else
        {
            i = save;
        }

        save = i;
        if (TryPseudoAttribute(body, ref i, "standalone"u8, out var standalone))
        {
            var value = body.Slice(standalone.Start, standalone.Length);
            if (!value.SequenceEqual("yes"u8) && !value.SequenceEqual("no"u8))
            {
                return false;
            }
        }
        else
        {
            i = save;
        }

        i = SkipSpace(body, i);
        if (!body[i..].StartsWith("?>"u8))
        {
            return false;
        }

        i += 2;
        return true;
    }

    // White space, the name, '=', a quoted value of plain characters.
    private static bool TryPseudoAttribute(ReadOnlySpan<byte> body, ref int i, ReadOnlySpan<byte> name, out Piece value)
    {
        value = default;
        var start = i;
        i = SkipSpace(body, i);
        if (i == start || !body[i..].StartsWith(name))
        {
            return false;
        }

        i += name.Length;
        return TryValue(body, ref i, out value);
    }

    private static bool TrySkipAttributes(ReadOnlySpan<byte> body, ref int i, Piece elementPrefix)
    {
        Span<Piece> names = stackalloc Piece[8];
        var count = 0;
        var prefixDeclared = elementPrefix.Length == 0;
        while (true)
        {
            var start = i;
            i = SkipSpace(body, i);
            if (i >= body.Length)
            {
                return false;
            }

            if (body[i] == (byte)'>' || (body[i] == (byte)'/' && i + 1 < body.Length && body[i + 1] == (byte)'>'))
            {
                i += body[i] == (byte)'>' ? 1 : 2;
                return prefixDeclared;
            }

            // Attributes are separated by white space; more than a few is not a platform document's root.
            if (i == start || count == names.Length)
            {
                return false;
            }

            var nameStart = i;
            if (!TryName(body, ref i, out var prefix, out var local) || !TryValue(body, ref i, out var value))
            {
                return false;
            }

            var name = new Piece(nameStart, local.Start + local.Length - nameStart);
            for (var n = 0; n < count; n++)
            {
                if (body.Slice(names[n].Start, names[n].Length).SequenceEqual(body.Slice(name.Start, name.Length)))
                {
                    return false;
                }
            }

            names[count++] = name;
            var valueBytes = body.Slice(value.Start, value.Length);
            if (prefix.Length == 0 && body.Slice(local.Start, local.Length).SequenceEqual("xmlns"u8))
            {
                if (IsReservedNamespace(valueBytes))
                {
                    return false;
                }
            }
            else if (prefix.Length > 0 && body.Slice(prefix.Start, prefix.Length).SequenceEqual("xmlns"u8))
            {
                var declared = body.Slice(local.Start, local.Length);
                if (declared.SequenceEqual("xml"u8) || declared.SequenceEqual("xmlns"u8) || valueBytes.IsEmpty || IsReservedNamespace(valueBytes))
                {
                    return false;
                }

                prefixDeclared |= elementPrefix.Length > 0 && declared.SequenceEqual(body.Slice(elementPrefix.Start, elementPrefix.Length));
            }
            else if (prefix.Length > 0)
            {
                return false;
            }
        }
    }

    // S? '=' S? then a value in matching quotes with nothing a reader would expand, normalise or refuse.
    private static bool TryValue(ReadOnlySpan<byte> body, ref int i, out Piece value)
    {
        value = default;
        i = SkipSpace(body, i);
        if (i >= body.Length || body[i] != (byte)'=')
        {
            return false;
        }

        i = SkipSpace(body, i + 1);
        if (i >= body.Length || body[i] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = body[i++];
        var start = i;
        while (i < body.Length && body[i] != quote)
        {
            var b = body[i];
            if (b is (byte)'<' or (byte)'&' or >= 0x80 || (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r')))
            {
                return false;
            }

            i++;
        }

        if (i >= body.Length)
        {
            return false;
        }

        value = new Piece(start, i - start);
        i++;
        return true;
    }

    // An ASCII QName: NCName, or NCName ':' NCName.
    private static bool TryName(ReadOnlySpan<byte> body, ref int i, out Piece prefix, out Piece local)
    {
        prefix = default;
        local = default;
        var start = i;
        if (!TryNcName(body, ref i))
        {
            return false;
        }

        if (i < body.Length && body[i] == (byte)':')
        {
            prefix = new Piece(start, i - start);
            start = ++i;
            if (!TryNcName(body, ref i) || (i < body.Length && body[i] == (byte)':'))
            {
                return false;
            }
        }

        local = new Piece(start, i - start);

        // A name ends at white space, '=', '/' or '>'; anything else (a non-ASCII name character) is the reader's call.
        return i < body.Length && (IsSpace(body[i]) || body[i] is (byte)'=' or (byte)'/' or (byte)'>');
    }

    private static bool TryNcName(ReadOnlySpan<byte> body, ref int i)
    {
        if (i >= body.Length || !(char.IsAsciiLetter((char)body[i]) || body[i] == (byte)'_'))
        {
            return false;
        }

        i++;
        while (i < body.Length && (char.IsAsciiLetterOrDigit((char)body[i]) || body[i] is (byte)'_' or (byte)'-' or (byte)'.'))
        {
            i++;
        }

        return true;
    }

    private static bool IsReservedNamespace(ReadOnlySpan<byte> value) =>
        value.SequenceEqual("http://www.w3.org/XML/1998/namespace"u8) || value.SequenceEqual("http://www.w3.org/2000/xmlns/"u8);

    private static int SkipSpace(ReadOnlySpan<byte> body, int i)
    {
        while (i < body.Length && IsSpace(body[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static string Intern(ReadOnlySpan<byte> name)
    {
        var last = Volatile.Read(ref lastRoot);
        if (last is not null && Ascii.Equals(name, last))
        {
            return last;
        }

        var created = Encoding.ASCII.GetString(name);
        Volatile.Write(ref lastRoot, created);
        return created;
    }

    /// <summary>Where a name or value lies in the body.</summary>
    private readonly record struct Piece(int Start, int Length);
}
