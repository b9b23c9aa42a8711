
namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Quoting rules of one SQL dialect. Every identifier a provider puts into SQL goes through <see cref="Quote"/>;
/// values always travel as parameters.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>Opening quote character(s), e.g. <c>"</c> or <c>[</c>.</summary>
    protected abstract string OpenQuote { get; }

    /// <summary>Closing quote character(s), e.g. <c>"</c> or <c>]</c>; doubled when it occurs inside a name.</summary>
    protected abstract string CloseQuote { get; }

    /// <summary>Quotes one identifier after validating it.</summary>
    /// <exception cref="StoreConfigurationException">The name is not valid.</exception>
    public string Quote(string identifier)
    {
        IdentifierRules.Validate(identifier, "identifier");
        return OpenQuote + identifier.Replace(CloseQuote, CloseQuote + CloseQuote, StringComparison.Ordinal) + CloseQuote;
    }

    /// <summary>The quoted, schema-qualified table name of <paramref name="target"/>.</summary>
    public string QualifiedTable(TableTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Schema is null ? Quote(target.Table) : Quote(target.Schema) + "." + Quote(target.Table);
    }
}
