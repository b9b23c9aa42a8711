using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// Hashes plaintext tokens into the stored format. Thread-safe; create one per key ring and reuse it.
/// </summary>
/// <remarks>
/// The hash is deterministic (no salt) on purpose: the API receives only the token, so the platform must find the
/// account by an indexed lookup of the hash. With at least 112 bits of entropy per token a keyed fast hash is what
/// NIST SP 800-63B §5.1.2.2 asks for; a password hash would add 60–300 ms per API call and no security.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class TokenHasher : IDisposable
{
    // Tokens are 36 (UUID) or 44 (prefixed) characters; anything up to this many is canonicalized on the stack.
    private const int StackCanonicalChars = 128;

    private readonly HmacKey? active;
    private readonly Dictionary<string, HmacKey> keys;
    private readonly Dictionary<string, HmacKey>.AlternateLookup<ReadOnlySpan<char>> keysBySpan;
    private readonly HmacKey[] otherKeys;

    private TokenHasher(HmacKey? active, Dictionary<string, HmacKey> keys)
    {
        this.active = active;
        this.keys = keys;
        keysBySpan = keys.GetAlternateLookup<ReadOnlySpan<char>>();

        // Fixed once, in lookup order (ordinal by id), so a login path's lookup does not sort per call.
        otherKeys = [.. keys.Values.Where(k => !ReferenceEquals(k, active)).OrderBy(k => k.Id, StringComparer.Ordinal)];
        StoredLength = active is null ? StoredFormat.Sha256Length : StoredFormat.HmacLength(active.Id.Length);
    }

    /// <summary>The key id new hashes are made with; null for an unkeyed hasher.</summary>
    public string? ActiveKeyId => active?.Id;

    /// <summary>True when hashes are keyed (<c>$hmac-sha256$</c>); false for <c>$sha256$</c>.</summary>
    public bool IsKeyed => active is not null;

    /// <summary>Length in characters of every value <see cref="Hash"/> returns.</summary>
    public int StoredLength { get; }

    /// <summary>Every key id this hasher can verify, the active one first.</summary>
    public IReadOnlyList<string> KeyIds { get; private init; } = [];

    /// <summary>A hasher for the key ring: new hashes use its active key, the others still verify.</summary>
    public static TokenHasher Create(TokenKeyRing keyRing)
    {
        ArgumentNullException.ThrowIfNull(keyRing);
        var keys = new Dictionary<string, HmacKey>(StringComparer.Ordinal);
        foreach (var id in keyRing.KeyIds)
        {
            keys[id] = new HmacKey(id, keyRing.GetKey(id));
        }

        return new TokenHasher(keys[keyRing.ActiveKeyId], keys) { KeyIds = keyRing.KeyIds };
    }

    /// <summary>An unkeyed hasher producing <c>$sha256$</c>, for deployments with no key management.</summary>
    public static TokenHasher CreateUnkeyed() => new(null, new Dictionary<string, HmacKey>(StringComparer.Ordinal));

    /// <summary>
    /// A hasher over one key of any length, for the RFC 4231 vectors and property tests whose keys a key ring refuses
    /// (it requires at least <see cref="TokenKeyRing.MinKeyBytes"/> bytes).
    /// </summary>
    internal static TokenHasher CreateWithKey(string keyId, ReadOnlySpan<byte> key)
    {
        var hmacKey = new HmacKey(keyId, key);
        return new TokenHasher(hmacKey, new Dictionary<string, HmacKey>(StringComparer.Ordinal) { [keyId] = hmacKey }) { KeyIds = [keyId] };
    }

    /// <summary>True when <paramref name="keyId"/> is a key this hasher holds.</summary>
    public bool HasKey(string keyId) => keys.ContainsKey(keyId);

    /// <summary>Hashes the canonical form of <paramref name="token"/> into a stored value.</summary>
    public string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return string.Create(StoredLength, (this, token), static (destination, state) =>
        {
            state.Item1.TryHash(state.token, destination, out _);
        });
    }

    /// <summary>Hashes the canonical form of <paramref name="token"/> into <paramref name="destination"/> without allocating.</summary>
    /// <returns>False when <paramref name="destination"/> is shorter than <see cref="StoredLength"/>.</returns>
    public bool TryHash(ReadOnlySpan<char> token, Span<char> destination, out int charsWritten)
    {
        if (destination.Length < StoredLength)
        {
            charsWritten = 0;
            return false;
        }

        Span<byte> digest = stackalloc byte[StoredFormat.DigestBytes];
        ComputeDigest(active, token, digest);
        charsWritten = active is null
            ? StoredFormat.FormatSha256(digest, destination)
            : StoredFormat.FormatHmac(active.Id, digest, destination);
        return true;
    }

    /// <summary>Shows the active key id and never key material.</summary>
    public override string ToString() => active is null ? "TokenHasher(sha256)" : $"TokenHasher(hmac-sha256, active={active.Id})";

    /// <summary>Zeroes the key material held by this hasher.</summary>
    public void Dispose()
    {
        foreach (var key in keys.Values)
        {
            key.Dispose();
        }
    }

    internal HmacKey? FindKey(ReadOnlySpan<char> keyId) => keysBySpan.TryGetValue(keyId, out var key) ? key : null;

    internal HmacKey? ActiveKey => active;

    internal ReadOnlySpan<HmacKey> OtherKeys => otherKeys;

    /// <summary>HMAC-SHA256 with <paramref name="key"/>, or SHA-256 when it is null, of the canonical UTF-8 bytes.</summary>
    internal static void ComputeDigest(HmacKey? key, ReadOnlySpan<char> token, Span<byte> digest)
    {
        byte[]? rented = null;
        var buffer = token.Length <= StackCanonicalChars
            ? stackalloc byte[StackCanonicalChars * 3]
            : (rented = ArrayPool<byte>.Shared.Rent(CanonicalToken.MaxUtf8Length(token)));
        try
        {
            CanonicalToken.TryWriteUtf8(token, buffer, out var length);
            var canonical = buffer[..length];
            if (key is null)
            {
                SHA256.HashData(canonical, digest);
            }
            else
            {
                key.Compute(canonical, digest);
            }

            CryptographicOperations.ZeroMemory(canonical);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
