namespace Entsoe.Transparency;

/// <summary>The namespace declarations in scope (Namespaces in XML 1.0 §3, §6): declared with a tag, ended with its element.</summary>
/// <remarks>
/// A platform document declares one or two namespaces, and walking them back from the innermost is the cheapest
/// lookup. Past <see cref="NamespaceWalkLimit"/> declarations in scope an index takes over, as in the framework's
/// namespace manager: a hostile document with thousands of declarations would otherwise cost that many comparisons for
/// every element. The index maps each prefix to its innermost declaration; each declaration remembers the one it
/// hides, so ending a scope restores them.
/// </remarks>
internal sealed partial class Utf8DocumentXmlReader
{
    private const int NamespaceWalkLimit = 16;

    // Innermost last: an element's mark says how many were in scope before its own.
    private string[] namespacePrefixes = new string[8];
    private string[] namespaceUris = new string[8];
    private int[] namespaceHidden = new int[8];
    private int namespaceCount;
    private Dictionary<string, int>? namespaceIndex;

    /// <summary>The namespace bound to atomized <paramref name="prefixAtom"/> (empty: the default namespace); null when none is.</summary>
    private string? NamespaceOf(string prefixAtom)
    {
        if (namespaceIndex is not null)
        {
            if (namespaceIndex.TryGetValue(prefixAtom, out var declared))
            {
                return namespaceUris[declared];
            }
        }
        else
        {
            for (var i = namespaceCount - 1; i >= 0; i--)
            {
                if ((object)namespacePrefixes[i] == prefixAtom)
                {
                    return namespaceUris[i];
                }
            }
        }

        return prefixAtom.Length == 0 ? string.Empty
            : (object)prefixAtom == xmlPrefix ? xmlNamespace
            : (object)prefixAtom == xmlnsPrefix ? xmlnsNamespace
            : null;
    }

    /// <summary>Declares <paramref name="prefixAtom"/> (empty: the default namespace) for the current element, under the rules of Namespaces in XML 1.0 §3.</summary>
    private void Declare(string prefixAtom, string uri, int offset)
    {
        if ((object)prefixAtom == xmlnsPrefix)
        {
            throw Error("Prefix \"xmlns\" is reserved for use by XML.", offset);
        }

        if ((object)prefixAtom == xmlPrefix ? uri != XmlNamespaceUri : uri is XmlNamespaceUri or XmlnsNamespaceUri)
        {
            throw Error($"Prefix \"{prefixAtom}\" cannot be bound to namespace \"{uri}\".", offset);
        }

        if (uri.Length == 0 && prefixAtom.Length > 0)
        {
            throw Error("Cannot use a prefix with an empty namespace.", offset);
        }

        if (namespaceCount == namespacePrefixes.Length)
        {
            Array.Resize(ref namespacePrefixes, namespaceCount * 2);
            Array.Resize(ref namespaceUris, namespaceCount * 2);
            Array.Resize(ref namespaceHidden, namespaceCount * 2);
        }

        namespacePrefixes[namespaceCount] = prefixAtom;
        namespaceUris[namespaceCount] = names.Add(uri);
        namespaceCount++;
        if (namespaceIndex is not null)
        {
            Index(namespaceCount - 1);
        }
        else if (namespaceCount > NamespaceWalkLimit)
        {
            namespaceIndex = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < namespaceCount; i++)
            {
                Index(i);
            }
        }
    }

    /// <summary>Ends the declarations made after <paramref name="mark"/>: those of the element that just ended.</summary>
    private void EndNamespaceScope(int mark)
    {
        if (namespaceIndex is not null)
        {
            if (mark <= NamespaceWalkLimit)
            {
                namespaceIndex = null;
            }
            else
            {
                for (var i = namespaceCount - 1; i >= mark; i--)
                {
                    if (namespaceHidden[i] >= 0)
                    {
                        namespaceIndex[namespacePrefixes[i]] = namespaceHidden[i];
                    }
                    else
                    {
                        namespaceIndex.Remove(namespacePrefixes[i]);
                    }
                }
            }
        }

        namespaceCount = mark;
    }

    private void Index(int declaration)
    {
        var prefix = namespacePrefixes[declaration];
        namespaceHidden[declaration] = namespaceIndex!.TryGetValue(prefix, out var hidden) ? hidden : -1;
        namespaceIndex[prefix] = declaration;
    }
}
