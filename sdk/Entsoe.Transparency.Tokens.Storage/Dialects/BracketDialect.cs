namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>SQL Server quoting with square brackets (a <c>]</c> in a name is doubled).</summary>
public sealed class BracketDialect : SqlDialect
{
    /// <summary>The shared instance.</summary>
    public static BracketDialect Instance { get; } = new();

    /// <inheritdoc/>
    protected override string OpenQuote => "[";

    /// <inheritdoc/>
    protected override string CloseQuote => "]";
}
