namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// The stored values to search the token column's index for, so a row is found at every moment of a migration.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Hashed rows: <see cref="TokenVerifier.GetLookupValues"/>, one value per known key, the active one first, then the
/// unkeyed form. Hashes are of the canonical form, so every presented spelling of a token finds its hashed row.</item>
/// <item>Plaintext rows: <see cref="TokenVerifier.GetLegacyLookupValues"/> (the canonical, lower-case form and, for a UUID,
/// its upper-case form, for case-sensitive collations such as PostgreSQL's and SQLite's), then the value exactly as
/// presented and trimmed of surrounding whitespace. A row holding exactly what the client sends is what an
/// exact-match login finds today, so no client that works before the migration stops working.</item>
/// </list>
/// A plaintext row in a mixed case, or padded with whitespace, that the client does not send byte for byte is not
/// found by an index on a case-sensitive collation (an index finds equal values only); it verifies again as soon as
/// the migrator has hashed it, because hashes are of the canonical form. docs/login.md lists the shapes.
/// </remarks>
internal static class LookupCandidates
{
    /// <summary>The candidates for <paramref name="presented"/>; empty for a value that can never verify (empty, or starting with <c>$</c>).</summary>
    public static List<string> For(TokenVerifier verifier, string presented)
    {
        var hashed = verifier.GetLookupValues(presented);
        if (hashed.Count == 0)
        {
            return [];
        }

        var candidates = new List<string>(hashed.Count + 4);
        candidates.AddRange(hashed);
        foreach (var legacy in TokenVerifier.GetLegacyLookupValues(presented))
        {
            AddDistinct(candidates, legacy);
        }

        AddDistinct(candidates, presented);
        AddDistinct(candidates, presented.Trim(' ', '\t', '\r', '\n'));
        return candidates;
    }

    private static void AddDistinct(List<string> candidates, string value)
    {
        foreach (var existing in candidates)
        {
            if (string.Equals(existing, value, StringComparison.Ordinal))
            {
                return;
            }
        }

        candidates.Add(value);
    }
}
