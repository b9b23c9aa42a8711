using System.Text;

namespace Entsoe.Transparency.Tokens.Tests.TestSupport;

/// <summary>Seeded generators of token-like strings, so a failing property reproduces.</summary>
internal sealed class RandomTokens(int seed)
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly string[] Whitespace = [" ", "\t", "\r", "\n", "\r\n", "  "];
    private readonly Random random = new(seed);

    public Random Random => random;

    /// <summary>A UUID, a prefixed-looking token, a short ASCII string or a unicode string, in random proportions.</summary>
    public string Next() => random.Next(4) switch
    {
        0 => Uuid(),
        1 => "etp_" + Ascii(36, Base62),
        2 => Ascii(random.Next(1, 60), Base62 + "-_.~!@# "),
        _ => Unicode(random.Next(1, 40)),
    };

    public string Uuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString("D");
    }

    /// <summary>Same canonical form as <paramref name="uuid"/>: random case and random surrounding ASCII whitespace.</summary>
    public string Variant(string uuid)
    {
        var builder = new StringBuilder();
        builder.Append(Whitespace[random.Next(Whitespace.Length)]);
        foreach (var c in uuid)
        {
            builder.Append(random.Next(2) == 0 ? char.ToUpperInvariant(c) : c);
        }

        builder.Append(Whitespace[random.Next(Whitespace.Length)]);
        return builder.ToString();
    }

    private string Ascii(int length, string alphabet)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        // A token never starts with '$' (that is the stored-format marker) and is not blank.
        if (chars[0] is '$' or ' ')
        {
            chars[0] = 'x';
        }

        return new string(chars);
    }

    private string Unicode(int runes)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < runes; i++)
        {
            int value;
            do
            {
                value = random.Next(3) switch
                {
                    0 => random.Next(0x21, 0x7F),
                    1 => random.Next(0xA0, 0x3000),
                    _ => random.Next(0x10000, 0x1FFFF),
                };
            }
            while (!Rune.IsValid(value) || (i == 0 && value == '$'));

            builder.Append(new Rune(value).ToString());
        }

        return builder.ToString();
    }
}
