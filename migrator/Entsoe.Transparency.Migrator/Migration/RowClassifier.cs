using Entsoe.Transparency.Migrator.Reporting;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>Classifies rows with the token core's one classifier and hashes plaintext with the active key.</summary>
/// <param name="hasher">The hasher of the key ring (or an unkeyed one for <c>plan</c> without keys).</param>
/// <param name="hashColumnMode">True in <c>--hash-column</c> mode.</param>
internal sealed class RowClassifier(TokenHasher hasher, bool hashColumnMode)
{
    /// <summary>Classifies <paramref name="row"/>; for plaintext, <paramref name="computeHash"/> decides whether the hash is computed.</summary>
    public RowClass Classify(in StoredRow row, bool computeHash = true)
    {
        if (hashColumnMode && row.Hash is not null && !string.IsNullOrWhiteSpace(row.Token))
        {
            return new RowClass(RowOutcome.Failed, RowFlags.PlaintextBesideHash, null, null);
        }

        var value = row.EffectiveValue;
        var info = StoredValueClassifier.Classify(value);
        switch (info.Kind)
        {
            case StoredValueKind.Empty:
                return new RowClass(RowOutcome.Empty, RowFlags.None, null, null);
            case StoredValueKind.Hashed:
                return new RowClass(RowOutcome.AlreadyHashed, HashedFlags(info), info.KeyId, null);
            case StoredValueKind.LegacyPlaintext:
                var flags = PlaintextFlags(info.CanonicalFlags);
                return new RowClass(RowOutcome.WouldHash, flags, null, computeHash ? hasher.Hash(value!) : null);
            default:
                return new RowClass(RowOutcome.Failed, RowFlags.Malformed, null, null);
        }
    }

    /// <summary>
    /// Classifies the in-place value of a row that a fused batch's UPDATE leaves alone (NULL, empty or already hashed),
    /// with the duplicate-detection prefix of an already hashed value.
    /// </summary>
    public (RowOutcome Outcome, RowFlags Flags, bool HasPrefix, ulong Prefix) ClassifyUntouched(string? value)
    {
        var kind = Classify(new StoredRow(default, value, null), computeHash: false);
        ulong prefix = 0;
        var hasPrefix = kind.Outcome == RowOutcome.AlreadyHashed && DuplicateDetector.TryGetPrefix(value, out prefix);
        return (kind.Outcome, kind.Flags, hasPrefix, prefix);
    }

    private static RowFlags PlaintextFlags(CanonicalFlags canonical)
    {
        var flags = RowFlags.None;
        if ((canonical & CanonicalFlags.NonUuid) != 0)
        {
            flags |= RowFlags.NonUuid;
        }

        if ((canonical & CanonicalFlags.CaseNormalized) != 0)
        {
            flags |= RowFlags.CaseNormalized;
        }

        if ((canonical & CanonicalFlags.Whitespace) != 0)
        {
            flags |= RowFlags.Whitespace;
        }

        return flags;
    }

    private RowFlags HashedFlags(StoredValueInfo info)
    {
        if (info.KeyId is null)
        {
            return hasher.IsKeyed ? RowFlags.RehashNeeded : RowFlags.None;
        }

        if (string.Equals(info.KeyId, hasher.ActiveKeyId, StringComparison.Ordinal))
        {
            return RowFlags.None;
        }

        return hasher.HasKey(info.KeyId) ? RowFlags.RehashNeeded : RowFlags.UnknownKey;
    }

    /// <summary>
    /// The span form for hashing inside the database (SQLite's fused batch): classifies <paramref name="value"/> and, for
    /// plaintext, writes its stored hash to <paramref name="destination"/>. Allocates nothing.
    /// </summary>
    /// <returns>The outcome before the write (<see cref="RowOutcome.WouldHash"/> for plaintext) and its flags.</returns>
    public (RowOutcome Outcome, RowFlags Flags) ClassifyAndHash(ReadOnlySpan<char> value, Span<char> destination, out int written)
    {
        written = 0;
        var result = Classify(value);
        if (result.Outcome == RowOutcome.WouldHash)
        {
            hasher.TryHash(value, destination, out written);
        }

        return result;
    }

    /// <summary>
    /// The span form without hashing, for callers that hash plaintext rows together (<see cref="CreateHashBatch"/>).
    /// </summary>
    /// <returns>The outcome before the write (<see cref="RowOutcome.WouldHash"/> for plaintext) and its flags.</returns>
    public (RowOutcome Outcome, RowFlags Flags) Classify(ReadOnlySpan<char> value)
    {
        var info = StoredValueClassifier.Classify(value);
        return info.Kind switch
        {
            StoredValueKind.Empty => (RowOutcome.Empty, RowFlags.None),
            StoredValueKind.Hashed => (RowOutcome.AlreadyHashed, HashedFlags(info)),
            StoredValueKind.LegacyPlaintext => (RowOutcome.WouldHash, PlaintextFlags(info.CanonicalFlags)),
            _ => (RowOutcome.Failed, RowFlags.Malformed),
        };
    }

    /// <summary>A batch that hashes plaintext with the same key, to the same stored values, as <see cref="Classify(in StoredRow, bool)"/>.</summary>
    public TokenHashBatch CreateHashBatch(int capacity) => new(hasher, capacity);

    /// <summary>The length of every hash this classifier writes.</summary>
    public int StoredLength => hasher.StoredLength;
}
