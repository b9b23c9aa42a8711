namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Standard SQL quoting with double quotes (SQLite, PostgreSQL).</summary>
public sealed class DoubleQuoteDialect : SqlDialect
{
    /// <summary>The shared instance.</summary>
    public static DoubleQuoteDialect Instance { get; } = new();

    /// <inheritdoc/>
    protected override string OpenQuote => "\"";

    /// <inheritdoc/>
    protected override string CloseQuote => "\"";
}
