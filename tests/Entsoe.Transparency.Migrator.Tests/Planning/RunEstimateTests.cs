using Entsoe.Transparency.Migrator.Planning;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Tests.Planning;

public sealed class RunEstimateTests
{
    private static readonly TableIndex OnToken = new("ix_token", ["token"], IsUnique: false, NullsDistinct: true, IsPartial: false);

    [Fact]
    public void For_NoIndexOnTheHashedColumn_IsOneToThreeTimesWithoutReason()
    {
        Assert.Equal((1, 3, (string?)null), RunEstimate.For(WriteCostProfile.IndexPagesRewrittenPerCommit, null));
    }

    [Fact]
    public void For_SqliteWithAnIndex_IsMuchLongerAndSuggestsLargerBatches()
    {
        var (low, high, why) = RunEstimate.For(WriteCostProfile.IndexPagesRewrittenPerCommit, OnToken);

        Assert.Equal((10, 40), (low, high));
        Assert.Contains("'ix_token'", why, StringComparison.Ordinal);
        Assert.Contains("--batch-size", why, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ServerEngineWithAnIndex_NamesIt()
    {
        var (low, high, why) = RunEstimate.For(WriteCostProfile.RandomIndexInserts, OnToken);

        Assert.Equal((3, 8), (low, high));
        Assert.Contains("'ix_token'", why, StringComparison.Ordinal);
    }

    [Fact]
    public void IndexOnHashedColumn_UniqueOneAndAnIndexThatIncludesIt_PrefersTheUniqueOne()
    {
        var composite = new TableIndex("ix_tenant_token", ["tenant", "token"], false, true, false);
        var unique = new TableIndex("ux_token", ["token"], true, true, false);
        var description = new TableDescription(true, null, null, null, true) { Indexes = [composite, unique] };

        Assert.Same(unique, RunEstimate.IndexOnHashedColumn(description, TableTarget.Create(null, "t", "id", "token", null)));
        Assert.Null(RunEstimate.IndexOnHashedColumn(description, TableTarget.Create(null, "t", "id", "token", "token_hash")));
    }

    [Fact]
    public void IndexOnHashedColumn_OnlyAnIndexThatIncludesIt_ReturnsThatOne()
    {
        var composite = new TableIndex("ix_tenant_token", ["tenant", "token"], false, true, false);
        var description = new TableDescription(true, null, null, null, true) { Indexes = [composite] };

        Assert.Same(composite, RunEstimate.IndexOnHashedColumn(description, TableTarget.Create(null, "t", "id", "token", null)));
    }
}
