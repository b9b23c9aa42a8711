using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Entsoe.Transparency.SamplePlatform.Accounts;

/// <summary>
/// Names the state of an account's token as a page saw it, so a form posted later can say "I confirmed overwriting
/// THIS token": an HMAC, under a key that lives only in this process, of the account key and the stored value. The
/// stored value may still be a plaintext token before the migration, so it never goes into a page itself.
/// </summary>
internal sealed class StateFingerprint : IDisposable
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The fingerprint of <paramref name="storedValue"/> (null when the account has no token) of account <paramref name="accountId"/>.</summary>
    public string Of(long accountId, string? storedValue)
    {
        var value = Encoding.UTF8.GetBytes(storedValue ?? string.Empty);
        var message = new byte[9 + value.Length];
        BinaryPrimitives.WriteInt64BigEndian(message, accountId);
        message[8] = storedValue is null ? (byte)0 : (byte)1;
        value.CopyTo(message, 9);
        var mac = HMACSHA256.HashData(key, message);
        CryptographicOperations.ZeroMemory(message);
        CryptographicOperations.ZeroMemory(value);
        return Base64Url(mac.AsSpan(0, 16));
    }

    /// <summary>True when <paramref name="seen"/> is the fingerprint of the current state.</summary>
    public bool Matches(long accountId, string? storedValue, string? seen) =>
        seen is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Of(accountId, storedValue)), Encoding.ASCII.GetBytes(seen));

    /// <summary>Zeroes the key.</summary>
    public void Dispose() => CryptographicOperations.ZeroMemory(key);

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
