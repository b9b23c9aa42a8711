using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Contract;

/// <summary>
/// What a provider fixture must create for one contract test: a fresh table named <see cref="TableName"/> with
/// <list type="bullet">
/// <item><see cref="KeyColumn"/>: primary key, a 64-bit integer (<see cref="KeyKind.Integer"/>) or varchar(64) (<see cref="KeyKind.Text"/>; a binary/ordinal collation is fine but not required);</item>
/// <item><see cref="TokenColumn"/>: nullable varchar(80), indexed;</item>
/// <item>when <see cref="HashColumn"/> is true, <see cref="HashColumnName"/>: nullable varchar(80), indexed;</item>
/// </list>
/// filled with <see cref="Rows"/> exactly as given (NULL stays NULL, whitespace is kept). When <see cref="UniqueIndex"/> is
/// true, the index on the column that receives the hashes (the hash column when there is one, else the token column) is
/// UNIQUE (for non-NULL values only where the engine would otherwise let just one row hold NULL).
/// </summary>
public sealed record ContractTableSpec(string TableName, KeyKind KeyKind, bool HashColumn, IReadOnlyList<SeedRow> Rows, bool UniqueIndex = false)
{
    public const string KeyColumn = "account_id";
    public const string TokenColumn = "api_token";
    public const string HashColumnName = "api_token_hash";
}
