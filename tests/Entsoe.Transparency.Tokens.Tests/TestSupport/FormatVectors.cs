using System.Text.Json;

namespace Entsoe.Transparency.Tokens.Tests.TestSupport;

/// <summary>Reads Vectors/format-vectors.json (schema: docs/token-format.md, "Test vectors").</summary>
internal static class FormatVectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "format-vectors.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static IEnumerable<string> KeyIds => Root.GetProperty("keys").EnumerateObject().Select(p => p.Name);

    public static IEnumerable<JsonElement> Vectors => Root.GetProperty("vectors").EnumerateArray();

    public static IEnumerable<JsonElement> Malformed => Root.GetProperty("malformed").EnumerateArray();

    public static IEnumerable<JsonElement> Prefixed => Root.GetProperty("prefixed").EnumerateArray();

    public static JsonElement Vector(string name) => Vectors.Single(v => v.GetProperty("name").GetString() == name);

    /// <summary>The file's test keys as a key ring whose active key is <paramref name="activeKeyId"/>.</summary>
    public static TokenKeyRing Ring(string activeKeyId)
    {
        var keys = Root.GetProperty("keys").EnumerateObject()
            .ToDictionary(p => p.Name, p => Convert.FromBase64String(p.Value.GetString()!));
        return TokenKeyRing.Create(activeKeyId, keys);
    }
}
