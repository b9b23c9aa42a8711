using System.Text;

namespace Entsoe.Transparency.Tokens.Tests.TestSupport;

/// <summary>Recognizable secrets: if one of these shows up in a message or a ToString(), something leaked.</summary>
internal static class Canary
{
    public const string Token = "c4a9a7e5-0b1d-4f2e-9a33-canary000001";

    public const string UuidToken = "c4a9a7e5-0b1d-4f2e-9a33-0c0ffee0ca4a";

    /// <summary>40 bytes of key whose every encoding is easy to search for.</summary>
    public static readonly byte[] Key = Encoding.ASCII.GetBytes("CANARY-KEY-MATERIAL-0123456789-abcdefghi");

    public static string KeyBase64 => Convert.ToBase64String(Key);

    /// <summary>The encodings of the canary secrets that must never appear in text the library produces.</summary>
    public static IEnumerable<string> Fragments(params string[] extra) =>
    [
        Token,
        Token.ToUpperInvariant(),
        UuidToken,
        UuidToken.ToUpperInvariant(),
        "CANARY-KEY",
        KeyBase64,
        KeyBase64[..20],
        Convert.ToHexString(Key),
        Convert.ToHexStringLower(Key),
        .. extra,
    ];

    public static void AssertAbsent(string? text, params string[] extra)
    {
        if (text is null)
        {
            return;
        }

        foreach (var fragment in Fragments(extra))
        {
            Assert.DoesNotContain(fragment, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Checks the message, ToString() and every inner exception.</summary>
    public static void AssertAbsent(Exception exception, params string[] extra)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            AssertAbsent(e.Message, extra);
            AssertAbsent(e.ToString(), extra);
        }
    }
}
