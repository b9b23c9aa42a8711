using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>Names: scanned and checked as bytes, atomized once per distinct name, prefixes resolved through the scopes.</summary>
internal sealed partial class Utf8DocumentXmlReader
{
    private const string XmlNamespaceUri = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespaceUri = "http://www.w3.org/2000/xmlns/";
    private const int NameCacheSize = 256;

    private static readonly SearchValues<byte> AsciiNameCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-"u8);

    private static readonly QualifiedName Empty = new(string.Empty, string.Empty, string.Empty);

    private readonly string xmlPrefix;
    private readonly string xmlnsPrefix;
    private readonly string xmlNamespace;
    private readonly string xmlnsNamespace;
    private readonly (byte[] Key, QualifiedName Name)[] nameCache = new (byte[], QualifiedName)[NameCacheSize];
    private int cachedNames;

    /// <summary>A name as the reader hands it out: every part atomized in <see cref="NameTable"/>.</summary>
    private sealed record QualifiedName(string Name, string Prefix, string LocalName);

    // ASCII name characters (XML 1.0 §2.3 with Namespaces' NCName): 2 may start a name, 1 may follow, 0 ends it.
    private static ReadOnlySpan<byte> NameClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 2,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// The end of the qualified name at <paramref name="at"/>, checked: one optional colon between two NCNames. A
    /// name with any non-ASCII character is checked by the framework's own rules (<see cref="XmlConvert.VerifyNCName"/>).
    /// </summary>
    private int ScanQualifiedName(int at, out int colon)
    {
        colon = -1;

        // The usual name, ASCII without a prefix, in one vectorized search; a colon or a non-ASCII byte takes the loop.
        if (at < end && data[at] < 0x80 && NameClass[data[at]] == 2)
        {
            var length = data.AsSpan(at + 1, end - at - 1).IndexOfAnyExcept(AsciiNameCharacters);
            if (length >= 0 && data[at + 1 + length] is < 0x80 and not (byte)':')
            {
                return at + 1 + length;
            }
        }

        var i = at;
        var ascii = true;
        while (i < end)
        {
            var b = data[i];
            if (b >= 0x80)
            {
                ascii = false;
                i++;
                continue;
            }

            if (b == (byte)':')
            {
                if (colon >= 0 || i == at)
                {
                    throw Error("The ':' character, hexadecimal value 0x3A, cannot be included in a name here.", i);
                }

                colon = i++;
                continue;
            }

            var kind = NameClass[b];
            var first = i == at || i == colon + 1;
            if (kind == 0 && !first)
            {
                break;
            }

            if (first && kind != 2)
            {
                throw Error($"Name cannot begin with the '{(char)b}' character, hexadecimal value 0x{b:X2}.", i);
            }

            i++;
        }

        if (i >= end)
        {
            throw UnexpectedEnd();
        }

        if (colon == i - 1)
        {
            throw Error("A name cannot end with ':'.", colon);
        }

        if (!ascii)
        {
            VerifyNonAsciiName(at, i, colon);
        }

        return i;
    }

    private void VerifyNonAsciiName(int from, int to, int colon)
    {
        try
        {
            if (colon < 0)
            {
                XmlConvert.VerifyNCName(Encoding.UTF8.GetString(data, from, to - from));
            }
            else
            {
                XmlConvert.VerifyNCName(Encoding.UTF8.GetString(data, from, colon - from));
                XmlConvert.VerifyNCName(Encoding.UTF8.GetString(data, colon + 1, to - colon - 1));
            }
        }
        catch (XmlException e)
        {
            throw Error(e.Message, from);
        }
    }

    /// <summary>The atomized parts of the name in bytes [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private QualifiedName Atomize(int from, int to, int colon)
    {
        var key = data.AsSpan(from, to - from);
        var slot = Hash(key) & (NameCacheSize - 1);
        for (var probe = 0; probe < NameCacheSize; probe++)
        {
            ref var entry = ref nameCache[(slot + probe) & (NameCacheSize - 1)];
            if (entry.Key is null)
            {
                var name = NewName(from, to, colon);

                // A document with more distinct names than the cache holds atomizes the rest each time it meets them.
                if (cachedNames < NameCacheSize / 2)
                {
                    entry = (key.ToArray(), name);
                    cachedNames++;
                }

                return name;
            }

            if (key.SequenceEqual(entry.Key))
            {
                return entry.Name;
            }
        }

        return NewName(from, to, colon);
    }

    private QualifiedName NewName(int from, int to, int colon)
    {
        var name = names.Add(Encoding.UTF8.GetString(data, from, to - from));
        return colon < 0
            ? new QualifiedName(name, string.Empty, name)
            : new QualifiedName(name, names.Add(Encoding.UTF8.GetString(data, from, colon - from)), names.Add(Encoding.UTF8.GetString(data, colon + 1, to - colon - 1)));
    }

    // Length and the first and last eight bytes: enough to tell a document's few dozen names apart at a glance.
    private static int Hash(ReadOnlySpan<byte> key)
    {
        ulong h = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
        if (key.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL;
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key[^8..])) * 0xC4CEB9FE1A85EC53UL;
        }
        else
        {
            foreach (var b in key)
            {
                h = (h ^ b) * 0x100000001B3UL;
            }
        }

        return (int)(h >> 40);
    }

    private XmlException UndeclaredPrefix(string prefixAtom, int offset) => Error($"'{prefixAtom}' is an undeclared prefix.", offset);
}
