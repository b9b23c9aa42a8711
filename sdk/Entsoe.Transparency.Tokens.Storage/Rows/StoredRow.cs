namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// One row as read from the table: its key, the token column and (in <c>--hash-column</c> mode) the hash column.
/// </summary>
/// <remarks><see cref="ToString"/> shows the key only: the values are secrets.</remarks>
/// <param name="Key">The row's key.</param>
/// <param name="Token">The token column's value (plaintext or an in-place hash), possibly null.</param>
/// <param name="Hash">The hash column's value in <c>--hash-column</c> mode; always null in in-place mode.</param>
public readonly record struct StoredRow(RowKey Key, string? Token, string? Hash)
{
    /// <summary>
    /// The value that represents the row's credential: the hash column when it is not null, otherwise the token column.
    /// </summary>
    public string? EffectiveValue => Hash ?? Token;

    /// <summary>Shows the key, never the values.</summary>
    public override string ToString() => $"StoredRow(key={Key})";
}
