using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Contract;

/// <summary>
/// The tricky table every provider must handle, and what each row's token really is (so tests can verify afterwards).
/// </summary>
public sealed class ContractRows
{
    private ContractRows(IReadOnlyList<SeedRow> seeds, IReadOnlyDictionary<RowKey, string> tokens, IReadOnlySet<RowKey> plaintext)
    {
        Seeds = seeds;
        Tokens = tokens;
        PlaintextKeys = plaintext;
    }

    /// <summary>The rows to seed.</summary>
    public IReadOnlyList<SeedRow> Seeds { get; }

    /// <summary>For every row that has a token: the token a client presents today.</summary>
    public IReadOnlyDictionary<RowKey, string> Tokens { get; }

    /// <summary>Keys of the rows that hold plaintext before the migration.</summary>
    public IReadOnlySet<RowKey> PlaintextKeys { get; }

    /// <summary>
    /// NULL, empty, whitespace-only, an upper-case UUID, a UUID with surrounding whitespace, non-UUID and non-ASCII
    /// tokens, a prefixed token, a value hashed with the active key and one with an older key, gaps in integer keys (and
    /// 64-bit and negative keys) or awkward text keys, and <paramref name="bulk"/> ordinary UUID rows so a run spans many batches.
    /// </summary>
    public static ContractRows Create(KeyKind keyKind, TokenHasher activeHasher, TokenHasher oldHasher, int bulk = 300, bool duplicates = false)
    {
        ArgumentNullException.ThrowIfNull(activeHasher);
        ArgumentNullException.ThrowIfNull(oldHasher);
        var seeds = new List<SeedRow>();
        var tokens = new Dictionary<RowKey, string>();
        var plaintext = new HashSet<RowKey>();
        var next = 0;
        RowKey NextKey()
        {
            next++;
            if (keyKind == KeyKind.Text)
            {
                string[] awkward = ["Zeta", "alpha", "ünïcode-ß", "10", "9", "a b", "A", "-1", "z\u00e9", "日本"];
                return RowKey.FromText(next <= awkward.Length ? awkward[next - 1] : $"acct-{next:D5}");
            }

            // Gaps of 1..5 between keys, plus a negative and a 64-bit key at the ends.
            return next switch
            {
                1 => RowKey.FromInteger(-5),
                2 => RowKey.FromInteger(9_000_000_000_123),
                _ => RowKey.FromInteger(next * 3L + (next % 5)),
            };
        }

        void Plain(string token)
        {
            var key = NextKey();
            seeds.Add(new SeedRow(key, token));
            tokens[key] = token;
            plaintext.Add(key);
        }

        void Empty(string? value) => seeds.Add(new SeedRow(NextKey(), value));

        Plain(TokenGenerator.Generate());
        Plain(TokenGenerator.Generate().ToUpperInvariant());
        Plain("  " + TokenGenerator.Generate() + "\t\r\n");
        Plain("legacy-token-1234");
        Plain("jeton-été-ÄÖÜ-✓-日本語");
        Plain(TokenGenerator.Generate(TokenFormat.Prefixed));
        Plain(" not a uuid but spaced ");
        Empty(null);
        Empty(string.Empty);
        Empty("   ");

        var hashedActive = TokenGenerator.Generate();
        var activeKey = NextKey();
        seeds.Add(new SeedRow(activeKey, activeHasher.Hash(hashedActive)));
        tokens[activeKey] = hashedActive;

        var hashedOld = TokenGenerator.Generate();
        var oldKey = NextKey();
        seeds.Add(new SeedRow(oldKey, oldHasher.Hash(hashedOld)));
        tokens[oldKey] = hashedOld;

        if (duplicates)
        {
            var shared = TokenGenerator.Generate();
            Plain(shared);
            Plain(shared.ToUpperInvariant());
        }

        for (var i = 0; i < bulk; i++)
        {
            Plain(TokenGenerator.Generate());
        }

        return new ContractRows(seeds, tokens, plaintext);
    }

    /// <summary>The rows with their seed values hidden from tests' failure output.</summary>
    public override string ToString() => $"ContractRows({Seeds.Count} rows)";
}
