using System.Security.Cryptography;
using System.Text;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Benchmarks;

/// <summary>
/// Inputs shared by the suites: freshly generated keys and tokens on every run, so no benchmark artifact can hold a
/// real secret. Nothing here is ever printed.
/// </summary>
internal static class BenchmarkInputs
{
    /// <summary>A UUID token, 36 bytes as canonical UTF-8: the size every per-operation figure is measured at.</summary>
    public static string NewToken() => TokenGenerator.Generate(TokenFormat.Uuid);

    public static byte[] Utf8(string token) => Encoding.UTF8.GetBytes(CanonicalToken.Canonicalize(token));

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(TokenKeyRing.MinKeyBytes);

    /// <summary>A ring whose active key is "k2026" and which still knows "k2025".</summary>
    public static TokenKeyRing NewRotatedRing(out TokenKeyRing previous)
    {
        previous = TokenKeyRing.Generate("k2025");
        return previous.Rotate("k2026");
    }
}
