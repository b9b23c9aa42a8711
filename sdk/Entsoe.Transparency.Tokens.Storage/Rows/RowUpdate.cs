namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>One compare-and-swap write of a batch: replace the plaintext <see cref="OldToken"/> of row <see cref="Key"/> by <see cref="NewValue"/>.</summary>
/// <remarks><see cref="ToString"/> shows the key only: the values are secrets.</remarks>
/// <param name="Key">The row's key.</param>
/// <param name="OldToken">The exact token column value read (the guard): the row is written only if it still holds it.</param>
/// <param name="NewValue">The stored (hashed) value to write.</param>
public readonly record struct RowUpdate(RowKey Key, string OldToken, string NewValue)
{
    /// <summary>Shows the key, never the values.</summary>
    public override string ToString() => $"RowUpdate(key={Key})";
}
