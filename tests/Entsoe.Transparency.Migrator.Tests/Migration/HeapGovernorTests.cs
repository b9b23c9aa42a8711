using Entsoe.Transparency.Migrator.Migration;

namespace Entsoe.Transparency.Migrator.Tests.Migration;

public sealed class HeapGovernorTests
{
    [Fact]
    public void AfterBatch_BudgetSpent_CollectsTheYoungGenerations()
    {
        var governor = new HeapGovernor(budgetBytes: 256 * 1024);
        governor.AfterBatch();
        var before = GC.CollectionCount(1);

        Allocate(2 * 1024 * 1024);
        var collected = governor.AfterBatch();

        Assert.True(collected);
        Assert.Equal(2, governor.Collections);
        Assert.True(GC.CollectionCount(1) > before);
    }

    [Fact]
    public void AfterBatch_FirstCall_CollectsWhatStartUpAllocated()
    {
        var governor = new HeapGovernor(budgetBytes: 1024 * 1024);
        Allocate(2 * 1024 * 1024);

        Assert.True(governor.AfterBatch());
        Assert.Equal(1, governor.Collections);
    }

    [Fact]
    public void AfterBatch_BudgetNotSpent_DoesNotCollect()
    {
        var governor = new HeapGovernor(budgetBytes: 64L * 1024 * 1024);
        Allocate(128 * 1024 * 1024);
        Assert.True(governor.AfterBatch());

        Allocate(64 * 1024);

        Assert.False(governor.AfterBatch());
        Assert.Equal(1, governor.Collections);
    }

    [Fact]
    public void AfterBatch_AfterCollecting_WaitsForTheNextBudget()
    {
        var governor = new HeapGovernor(budgetBytes: 8L * 1024 * 1024);
        governor.AfterBatch();
        Allocate(16 * 1024 * 1024);
        Assert.True(governor.AfterBatch());

        Assert.False(governor.AfterBatch());
        Assert.Equal(2, governor.Collections);
    }

    [Fact]
    public void Constructor_ZeroBudget_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new HeapGovernor(budgetBytes: 0));

    // Small arrays (not the large object heap), dropped at once: what a batch leaves behind.
    private static void Allocate(int bytes)
    {
        for (var done = 0; done < bytes; done += 1024)
        {
            GC.KeepAlive(new byte[1000]);
        }
    }
}
