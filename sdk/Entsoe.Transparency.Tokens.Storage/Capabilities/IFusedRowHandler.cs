namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The caller's per-row logic for a fused batch (<see cref="IFusedBatchStore"/>): the store calls it from inside the
/// database's UPDATE, on the thread running the batch, to classify and hash each row, and once more for every row of a
/// batch that committed. Implementations never throw for a row's value and never keep a plaintext value.
/// </summary>
public interface IFusedRowHandler
{
    /// <summary>Classifies a value without hashing it (the read-ahead hashes its plaintext rows together, with <see cref="CreateHashBatch"/>).</summary>
    FusedRowClass Classify(ReadOnlySpan<char> value);

    /// <summary>
    /// Classifies a value and, when it is to be hashed, writes its stored value to <paramref name="destination"/>
    /// (<paramref name="written"/> characters). The fingerprint is that of the new value, or of an already stored one.
    /// </summary>
    FusedRowClass ClassifyAndHash(ReadOnlySpan<char> value, Span<char> destination, out int written);

    /// <summary>Classifies a value the batch's UPDATE leaves alone: NULL, empty, or starting with <c>$</c>.</summary>
    FusedRowClass ClassifyUntouched(string? value);

    /// <summary>The fingerprint of a stored value the read-ahead computed, for <see cref="FusedRowClass.Fingerprint"/>.</summary>
    bool TryGetFingerprint(ReadOnlySpan<char> storedValue, out ulong fingerprint);

    /// <summary>A batch that hashes to the same stored values as <see cref="ClassifyAndHash"/>.</summary>
    TokenHashBatch CreateHashBatch(int capacity);

    /// <summary>Called for every row of a committed batch, in key order, once the batch is durable.</summary>
    void Committed(long key, in FusedRowClass row);
}
