using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Contract;

/// <summary>A row a contract table starts with. ToString hides the values.</summary>
public sealed record SeedRow(RowKey Key, string? Token, string? Hash = null)
{
    public override string ToString() => $"SeedRow({Key})";
}
