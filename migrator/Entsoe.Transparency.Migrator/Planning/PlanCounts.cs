using System.Globalization;
using Entsoe.Transparency.Migrator.Migration;
using Entsoe.Transparency.Migrator.Reporting;

namespace Entsoe.Transparency.Migrator.Planning;

/// <summary>The per-class counts of <c>plan</c> and <c>verify</c>.</summary>
internal sealed class PlanCounts
{
    private readonly SortedDictionary<string, long> hashedByKey = new(StringComparer.Ordinal);

    public long PlaintextUuid { get; private set; }

    public long PlaintextNonUuid { get; private set; }

    public long CaseNormalized { get; private set; }

    public long Whitespace { get; private set; }

    public long Empty { get; private set; }

    public long Malformed { get; private set; }

    public long UnknownKey { get; private set; }

    public long PlaintextBesideHash { get; private set; }

    public long Plaintext => PlaintextUuid + PlaintextNonUuid;

    /// <summary>Hashed rows per key id (<c>(unkeyed sha256)</c> for <c>$sha256$</c>).</summary>
    public IReadOnlyDictionary<string, long> HashedByKey => hashedByKey;

    public void Add(RowClass kind)
    {
        switch (kind.Outcome)
        {
            case RowOutcome.Empty:
                Empty++;
                break;
            case RowOutcome.AlreadyHashed:
                var id = kind.KeyId ?? "(unkeyed sha256)";
                hashedByKey[id] = hashedByKey.TryGetValue(id, out var count) ? count + 1 : 1;
                if ((kind.Flags & RowFlags.UnknownKey) != 0)
                {
                    UnknownKey++;
                }

                break;
            case RowOutcome.WouldHash:
                if ((kind.Flags & RowFlags.NonUuid) != 0)
                {
                    PlaintextNonUuid++;
                }
                else
                {
                    PlaintextUuid++;
                }

                CaseNormalized += (kind.Flags & RowFlags.CaseNormalized) != 0 ? 1 : 0;
                Whitespace += (kind.Flags & RowFlags.Whitespace) != 0 ? 1 : 0;
                break;
            default:
                Malformed += (kind.Flags & RowFlags.Malformed) != 0 ? 1 : 0;
                PlaintextBesideHash += (kind.Flags & RowFlags.PlaintextBesideHash) != 0 ? 1 : 0;
                break;
        }
    }

    public void WriteTo(TextWriter output, string? activeKeyId)
    {
        foreach (var (key, count) in hashedByKey)
        {
            var note = string.Equals(key, activeKeyId, StringComparison.Ordinal) ? "active key" : "needs rehash or re-issue before this key is retired";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  hashed, key {key,-18} {count,12:N0}  ({note})"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  plaintext UUID             {PlaintextUuid,12:N0}  (upper-case: {CaseNormalized:N0}, surrounding whitespace: {Whitespace:N0})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  plaintext non-UUID         {PlaintextNonUuid,12:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  empty (NULL or blank)      {Empty,12:N0}"));
        if (Malformed > 0 || UnknownKey > 0 || PlaintextBesideHash > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  malformed                  {Malformed,12:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  hashed with an unknown key {UnknownKey,12:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  plaintext beside a hash    {PlaintextBesideHash,12:N0}"));
        }
    }
}
