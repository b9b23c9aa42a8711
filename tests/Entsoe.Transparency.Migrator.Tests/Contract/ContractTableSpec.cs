using Entsoe.Transparency.Migrator.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Contract;

/// <summary>
/// What a provider fixture must create for one contract test: a fresh table named <see cref="TableName"/> with
/// <list type="bullet">
/// <item><see cref="KeyColumn"/>: primary key, a 64-bit integer (<see cref="KeyKind.Integer"/>) or varchar(64) (<see cref="KeyKind.Text"/>; a binary/ordinal collation is fine but not required);</item>
/// <item><see cref="TokenColumn"/>: nullable varchar(80), indexed;</item>
/// <item>when <see cref="HashColumn"/> is true, <see cref="HashColumnName"/>: nullable varchar(80), indexed;</item>
/// </list>
/// filled with <see cref="Rows"/> exactly as given (NULL stays NULL, whitespace is kept).
/// </summary>
public sealed record ContractTableSpec(string TableName, KeyKind KeyKind, bool HashColumn, IReadOnlyList<SeedRow> Rows)
{
    public const string KeyColumn = "account_id";
    public const string TokenColumn = "api_token";
    public const string HashColumnName = "api_token_hash";
}
