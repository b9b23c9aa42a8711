
namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The table and columns the migrator works on. Names are validated by <see cref="IdentifierRules"/> when built
/// with <see cref="Create"/>, and always quoted by a <see cref="SqlDialect"/>: they are never concatenated into SQL as typed.
/// </summary>
/// <param name="Schema">Schema (PostgreSQL, SQL Server) or attached database name (SQLite); null for the default.</param>
/// <param name="Table">Table name.</param>
/// <param name="KeyColumn">The account key column: unique, integer or text.</param>
/// <param name="TokenColumn">The column holding today's tokens.</param>
/// <param name="HashColumn">Two-column mode: the column receiving the hash (the token column is set to NULL in the same UPDATE); null for in-place mode.</param>
public sealed record TableTarget(string? Schema, string Table, string KeyColumn, string TokenColumn, string? HashColumn)
{
    /// <summary>True in <c>--hash-column</c> mode.</summary>
    public bool UsesHashColumn => HashColumn is not null;

    /// <summary>The column that receives the hashes: the hash column in <c>--hash-column</c> mode, else the token column.</summary>
    public string HashedColumn => HashColumn ?? TokenColumn;

    /// <summary>Builds a target after validating every name.</summary>
    /// <exception cref="StoreConfigurationException">A name is not acceptable.</exception>
    public static TableTarget Create(string? schema, string table, string keyColumn, string tokenColumn, string? hashColumn)
    {
        if (schema is not null)
        {
            IdentifierRules.Validate(schema, "--schema");
        }

        IdentifierRules.Validate(table, "--table");
        IdentifierRules.Validate(keyColumn, "--key-column");
        IdentifierRules.Validate(tokenColumn, "--token-column");
        if (hashColumn is not null)
        {
            IdentifierRules.Validate(hashColumn, "--hash-column");
            if (string.Equals(hashColumn, tokenColumn, StringComparison.OrdinalIgnoreCase))
            {
                throw new StoreConfigurationException("--hash-column must name a different column than --token-column; leave it out to hash in place.");
            }
        }

        if (string.Equals(keyColumn, tokenColumn, StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreConfigurationException("--key-column and --token-column name the same column; give the account key column and the token column.");
        }

        return new TableTarget(schema, table, keyColumn, tokenColumn, hashColumn);
    }

    /// <summary>The table as a DBA would write it, for messages: <c>schema.table</c>.</summary>
    public string DisplayName => Schema is null ? Table : $"{Schema}.{Table}";
}
