namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// What an <see cref="IFusedRowHandler"/> decided about one row of a fused batch. The store acts only on
/// <see cref="ToHash"/> and hands everything else back unchanged when the batch commits.
/// </summary>
/// <param name="ToHash">True when the batch's UPDATE replaces the value by the hash the handler wrote.</param>
/// <param name="Tag">The handler's own classification of the row (opaque to the store), returned in
/// <see cref="IFusedRowHandler.Committed"/>.</param>
/// <param name="HasFingerprint">True when <paramref name="Fingerprint"/> holds a fingerprint of the value the row ends up
/// with (for the handler's duplicate check).</param>
/// <param name="Fingerprint">That fingerprint; 0 when there is none.</param>
public readonly record struct FusedRowClass(bool ToHash, int Tag, bool HasFingerprint, ulong Fingerprint);
