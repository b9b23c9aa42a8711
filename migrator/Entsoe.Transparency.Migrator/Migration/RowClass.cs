using Entsoe.Transparency.Migrator.Reporting;

namespace Entsoe.Transparency.Migrator.Migration;

/// <summary>How one row was classified, and for plaintext its new stored value.</summary>
/// <param name="Outcome">The outcome before any write: <see cref="RowOutcome.WouldHash"/> for plaintext.</param>
/// <param name="Flags">Details.</param>
/// <param name="KeyId">For a hashed value: its key id (null for unkeyed <c>$sha256$</c>).</param>
/// <param name="NewValue">For plaintext: the hash to store.</param>
internal readonly record struct RowClass(RowOutcome Outcome, RowFlags Flags, string? KeyId, string? NewValue)
{
    /// <summary>Hides the new value.</summary>
    public override string ToString() => $"RowClass({Outcome}, {Flags})";
}
