using System.Collections.Concurrent;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// Key ids repeat on every row of a table; interning them keeps classification of a million rows from
/// allocating a million identical strings.
/// </summary>
internal static class KeyIdInterner
{
    private const int MaxEntries = 1024;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Intern(ReadOnlySpan<char> keyId)
    {
        if (Lookup.TryGetValue(keyId, out var existing))
        {
            return existing;
        }

        var created = keyId.ToString();
        return Pool.Count < MaxEntries ? Pool.GetOrAdd(created, created) : created;
    }
}
