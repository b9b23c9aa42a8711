namespace Entsoe.Transparency;

/// <summary>
/// XML 1.0 §3.1 WFC Unique Att Spec and Namespaces §6.3: no attribute name twice in a tag, and no two attributes with
/// the same local name and namespace.
/// </summary>
/// <remarks>
/// A tag's first attributes are compared by walking them; past <see cref="DuplicateWalkLimit"/> a set takes over, as in
/// the framework's reader: a hostile tag with many thousands of attributes would otherwise cost their square. Names
/// are atomized, so equal names are the same string.
/// </remarks>
internal sealed partial class Utf8DocumentXmlReader
{
    private const int DuplicateWalkLimit = 32;

    private readonly HashSet<(string Name, string NamespaceUri)> seenNames = [];

    /// <summary>Before attribute number <see cref="attributeCount"/> is added: its qualified name is not taken.</summary>
    private void ThrowIfNameRepeated(string qualifiedName, int offset)
    {
        if (attributeCount < DuplicateWalkLimit)
        {
            for (var i = 0; i < attributeCount; i++)
            {
                if ((object)attributes[i].Name == qualifiedName)
                {
                    throw Error($"'{qualifiedName}' is a duplicate attribute name.", offset);
                }
            }

            return;
        }

        // Every tag with more attributes passes through this count, so the set always starts from the tag's own.
        if (attributeCount == DuplicateWalkLimit)
        {
            seenNames.Clear();
            for (var i = 0; i < attributeCount; i++)
            {
                seenNames.Add((attributes[i].Name, string.Empty));
            }
        }

        if (!seenNames.Add((qualifiedName, string.Empty)))
        {
            throw Error($"'{qualifiedName}' is a duplicate attribute name.", offset);
        }
    }

    /// <summary>
    /// Once attribute <paramref name="index"/> has its namespace (and every one before it): no earlier attribute has the
    /// same local name in it. <paramref name="hashed"/> says whether the set holds the earlier ones already.
    /// </summary>
    private void ThrowIfResolvedRepeated(int index, ref bool hashed)
    {
        ref var attribute = ref attributes[index];
        if (index < DuplicateWalkLimit)
        {
            for (var j = 0; j < index; j++)
            {
                if ((object)attributes[j].LocalName == attribute.LocalName && (object)attributes[j].NamespaceUri == attribute.NamespaceUri)
                {
                    throw Error($"'{attribute.Name}' is a duplicate attribute name.", attribute.NameOffset);
                }
            }

            return;
        }

        if (!hashed)
        {
            hashed = true;
            seenNames.Clear();
            for (var j = 0; j < index; j++)
            {
                seenNames.Add((attributes[j].LocalName, attributes[j].NamespaceUri));
            }
        }

        if (!seenNames.Add((attribute.LocalName, attribute.NamespaceUri)))
        {
            throw Error($"'{attribute.Name}' is a duplicate attribute name.", attribute.NameOffset);
        }
    }
}
