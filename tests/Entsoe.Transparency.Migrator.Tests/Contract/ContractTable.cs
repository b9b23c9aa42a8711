using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Contract;

/// <summary>A table a fixture created: how the CLI reaches it. <see cref="ConnectionString"/> is passed with --connection.</summary>
public sealed record ContractTable(string ConnectionString, TableTarget Target)
{
    public override string ToString() => $"ContractTable({Target.DisplayName})";
}
