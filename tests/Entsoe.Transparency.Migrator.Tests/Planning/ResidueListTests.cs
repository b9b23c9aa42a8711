using Entsoe.Transparency.Migrator.Planning;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Planning;

public sealed class ResidueListTests
{
    [Fact]
    public void For_WithCopies_PutsTheTablesOwnFirst()
    {
        var items = ResidueList.For(new SqliteTokenStoreProvider(), [new TableCopy(TableCopyKind.Trigger, "audit_tokens")]).ToList();

        Assert.StartsWith("Trigger 'audit_tokens'", items[0], StringComparison.Ordinal);
        Assert.Equal(ResidueList.Common[^1], items[^1]);
    }
}
