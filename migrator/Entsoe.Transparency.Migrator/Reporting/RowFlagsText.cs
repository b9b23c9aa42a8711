using System.Text;

namespace Entsoe.Transparency.Migrator.Reporting;

/// <summary>The report spelling of outcomes and flags.</summary>
internal static class RowFlagsText
{
    private static readonly (RowFlags Flag, string Name)[] Names =
    [
        (RowFlags.NonUuid, "non_uuid"),
        (RowFlags.CaseNormalized, "case_normalized"),
        (RowFlags.Whitespace, "whitespace"),
        (RowFlags.RehashNeeded, "rehash_needed"),
        (RowFlags.Duplicate, "duplicate"),
        (RowFlags.Malformed, "malformed"),
        (RowFlags.UnknownKey, "unknown_key"),
        (RowFlags.PlaintextBesideHash, "plaintext_beside_hash"),
    ];

    private static readonly string[] FlagTexts = BuildFlagTexts();

    /// <summary>Every flag with its report name, in report order.</summary>
    public static IReadOnlyList<(RowFlags Flag, string Name)> All => Names;

    /// <summary>The flags as the report writes them, e.g. <c>case_normalized;whitespace</c>; empty for none.</summary>
    public static string Format(RowFlags flags) => (int)flags < FlagTexts.Length ? FlagTexts[(int)flags] : Build(flags);

    /// <summary>Parses a report's detail column.</summary>
    public static RowFlags Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flags = RowFlags.None;
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (flag, name) in Names)
            {
                if (string.Equals(part, name, StringComparison.Ordinal))
                {
                    flags |= flag;
                }
            }
        }

        return flags;
    }

    /// <summary>The report spelling of an outcome.</summary>
    public static string Format(RowOutcome outcome) => outcome switch
    {
        RowOutcome.Hashed => "hashed",
        RowOutcome.WouldHash => "would_hash",
        RowOutcome.AlreadyHashed => "already_hashed",
        RowOutcome.Empty => "empty",
        RowOutcome.ChangedConcurrently => "changed_concurrently",
        _ => "failed",
    };

    // Precomputed so the per-row report write allocates nothing.
    private static string[] BuildFlagTexts()
    {
        var texts = new string[256];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Build((RowFlags)i);
        }

        return texts;
    }

    private static string Build(RowFlags flags)
    {
        var builder = new StringBuilder();
        foreach (var (flag, name) in Names)
        {
            if ((flags & flag) != 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append(';');
                }

                builder.Append(name);
            }
        }

        return builder.ToString();
    }
}
