using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// The HMAC keys ("peppers") that stored tokens are hashed with, kept outside the database:
/// <c>{"active":"k2026","keys":{"k2026":"&lt;base64, at least 32 bytes&gt;"}}</c>.
/// New hashes use the active key; hashes made with another key in the ring still verify and are reported as
/// needing a rehash, so a key is retired only once no row uses it.
/// </summary>
/// <remarks>
/// Read from a file or the <c>ENTSOE_TOKEN_KEYS</c> environment variable, never from a command-line argument.
/// Neither <see cref="ToString"/> nor any exception ever shows key material.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class TokenKeyRing : IDisposable
{
    /// <summary>The environment variable that may hold the key ring JSON.</summary>
    public const string EnvironmentVariable = "ENTSOE_TOKEN_KEYS";

    /// <summary>The shortest key accepted: 32 bytes, the HMAC-SHA256 block-size half that RFC 2104 §3 recommends as a minimum.</summary>
    public const int MinKeyBytes = 32;

    private const string FixHint = "Create one with 'entsoe-tokens keys new --out <file>'.";
    private readonly Dictionary<string, byte[]> keys;
    private bool disposed;

    private TokenKeyRing(string activeKeyId, Dictionary<string, byte[]> keys)
    {
        ActiveKeyId = activeKeyId;
        this.keys = keys;
        KeyIds = new ReadOnlyCollection<string>([activeKeyId, .. keys.Keys.Where(k => k != activeKeyId).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The id of the key that new hashes are made with.</summary>
    public string ActiveKeyId { get; }

    /// <summary>Every key id in the ring, the active one first.</summary>
    public IReadOnlyList<string> KeyIds { get; }

    /// <summary>True when <paramref name="keyId"/> is in the ring.</summary>
    public bool Contains(string keyId) => keys.ContainsKey(keyId);

    /// <summary>Creates a ring holding one new random key of <paramref name="keyBytes"/> bytes.</summary>
    public static TokenKeyRing Generate(string keyId, int keyBytes = MinKeyBytes)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        if (!KeyIdRules.IsValid(keyId))
        {
            throw new KeyRingException($"The key id is not valid: it must be {KeyIdRules.PatternText}.");
        }

        if (keyBytes < MinKeyBytes)
        {
            throw new KeyRingException($"A key must have at least {MinKeyBytes} bytes; {keyBytes} were asked for.");
        }

        return new TokenKeyRing(keyId, new Dictionary<string, byte[]>(StringComparer.Ordinal) { [keyId] = RandomNumberGenerator.GetBytes(keyBytes) });
    }

    /// <summary>Creates a ring from raw keys; the byte arrays are copied.</summary>
    public static TokenKeyRing Create(string activeKeyId, IReadOnlyDictionary<string, byte[]> keys)
    {
        ArgumentNullException.ThrowIfNull(activeKeyId);
        ArgumentNullException.ThrowIfNull(keys);
        var copy = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (id, key) in keys)
        {
            copy[id] = key?.ToArray() ?? [];
        }

        return Validate(activeKeyId, copy, "the key ring");
    }

    /// <summary>Returns a new ring with <paramref name="keyId"/> added as a fresh random key and made active.</summary>
    public TokenKeyRing Rotate(string keyId, int keyBytes = MinKeyBytes)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (keys.ContainsKey(keyId))
        {
            throw new KeyRingException($"The key ring already has a key '{keyId}'; choose a new key id.");
        }

        using var fresh = Generate(keyId, keyBytes);
        var copy = keys.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        copy[keyId] = fresh.keys[keyId].ToArray();
        return new TokenKeyRing(keyId, copy);
    }

    /// <summary>Parses the key ring JSON. <paramref name="source"/> names where it came from, for error messages.</summary>
    public static TokenKeyRing Parse(string json, string source = "the key ring")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            // The parser's own message can quote the offending text, which may be key material: give the position only.
            throw new KeyRingException(
                $"{source} is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}). "
                + "Expected {\"active\":\"<key id>\",\"keys\":{\"<key id>\":\"<base64 key>\"}}. " + FixHint);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new KeyRingException($"{source} must be a JSON object with \"active\" and \"keys\". " + FixHint);
            }

            if (!root.TryGetProperty("active", out var activeElement) || activeElement.ValueKind != JsonValueKind.String)
            {
                throw new KeyRingException($"{source} has no \"active\" key id (a string naming the key new hashes use). " + FixHint);
            }

            if (!root.TryGetProperty("keys", out var keysElement) || keysElement.ValueKind != JsonValueKind.Object)
            {
                throw new KeyRingException($"{source} has no \"keys\" object mapping key ids to base64 keys. " + FixHint);
            }

            var parsed = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var index = 0;
            foreach (var property in keysElement.EnumerateObject())
            {
                index++;
                var id = property.Name;
                var label = KeyIdRules.IsValid(id) ? $"key '{id}'" : $"key #{index}";
                if (!KeyIdRules.IsValid(id))
                {
                    throw new KeyRingException($"In {source}, the id of {label} is not valid: it must be {KeyIdRules.PatternText}.");
                }

                if (parsed.ContainsKey(id))
                {
                    throw new KeyRingException($"In {source}, {label} appears twice; key ids must be unique.");
                }

                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new KeyRingException($"In {source}, {label} must be a base64 string.");
                }

                parsed[id] = DecodeKey(property.Value.GetString()!, label, source);
            }

            return Validate(activeElement.GetString()!, parsed, source);
        }
    }

    /// <summary>Reads the key ring from a JSON file.</summary>
    public static TokenKeyRing Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new KeyRingException($"Cannot read the key file '{path}': {e.GetType().Name}. Check the path and its permissions. " + FixHint, e);
        }

        return Parse(json, $"the key file '{path}'");
    }

    /// <summary>Reads the key ring from <see cref="EnvironmentVariable"/>; null when it is not set.</summary>
    public static TokenKeyRing? FromEnvironment(string variable = EnvironmentVariable)
    {
        var json = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(json) ? null : Parse(json, $"the environment variable {variable}");
    }

    /// <summary>
    /// Writes the ring as JSON, key material included. This is the only way key material leaves the ring: call it to
    /// write a key file, never to log.
    /// </summary>
    public void WriteSecretJson(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ObjectDisposedException.ThrowIf(disposed, this);
        using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("active", ActiveKeyId);
        writer.WriteStartObject("keys");
        foreach (var id in KeyIds)
        {
            writer.WriteBase64String(id, keys[id]);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Shows the key ids and never the keys.</summary>
    public override string ToString() => $"TokenKeyRing(active={ActiveKeyId}, keys=[{string.Join(",", KeyIds)}])";

    /// <summary>Zeroes the key material.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var key in keys.Values)
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    internal ReadOnlySpan<byte> GetKey(string keyId)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return keys[keyId];
    }

    private static byte[] DecodeKey(string text, string label, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new KeyRingException($"In {source}, {label} is not valid base64. " + FixHint);
        }

        if (key.Length < MinKeyBytes)
        {
            var length = key.Length;
            CryptographicOperations.ZeroMemory(key);
            throw new KeyRingException($"In {source}, {label} has {length} bytes; at least {MinKeyBytes} are required. " + FixHint);
        }

        return key;
    }

    private static TokenKeyRing Validate(string activeKeyId, Dictionary<string, byte[]> keys, string source)
    {
        if (!KeyIdRules.IsValid(activeKeyId))
        {
            throw new KeyRingException($"In {source}, the active key id is not valid: it must be {KeyIdRules.PatternText}.");
        }

        if (keys.Count == 0)
        {
            throw new KeyRingException($"{source} has no keys. " + FixHint);
        }

        foreach (var (id, key) in keys)
        {
            if (!KeyIdRules.IsValid(id))
            {
                throw new KeyRingException($"In {source}, a key id is not valid: it must be {KeyIdRules.PatternText}.");
            }

            if (key.Length < MinKeyBytes)
            {
                throw new KeyRingException($"In {source}, key '{id}' has {key.Length} bytes; at least {MinKeyBytes} are required.");
            }
        }

        if (!keys.ContainsKey(activeKeyId))
        {
            throw new KeyRingException($"In {source}, the active key '{activeKeyId}' is not among the keys ({string.Join(", ", keys.Keys)}). Set \"active\" to one of them.");
        }

        return new TokenKeyRing(activeKeyId, keys);
    }
}
