namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// A <see cref="TableTarget"/>'s table and columns, validated and quoted for one dialect: what every statement text of
/// an engine is built from.
/// </summary>
/// <param name="Table">The schema-qualified table.</param>
/// <param name="Key">The key column.</param>
/// <param name="Token">The token column.</param>
/// <param name="Hash">The hash column in <c>--hash-column</c> mode; null in in-place mode.</param>
internal readonly record struct QuotedTarget(string Table, string Key, string Token, string? Hash)
{
    /// <summary>Quotes <paramref name="target"/>'s names with <paramref name="dialect"/>.</summary>
    public static QuotedTarget Of(TableTarget target, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(dialect);
        return new QuotedTarget(
            dialect.QualifiedTable(target),
            dialect.Quote(target.KeyColumn),
            dialect.Quote(target.TokenColumn),
            target.HashColumn is null ? null : dialect.Quote(target.HashColumn));
    }
}
