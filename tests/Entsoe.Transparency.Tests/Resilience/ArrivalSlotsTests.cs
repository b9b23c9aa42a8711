namespace Entsoe.Transparency.Tests.Resilience;

public class ArrivalSlotsTests
{
    private const long Window = 1_000;

    [Fact]
    public void NextFree_EverySlotInFlight_WaitsForAnAttemptToEnd()
    {
        var slots = new ArrivalSlots(2, Window);
        slots.Take(0);
        slots.Take(0);

        Assert.Equal(long.MaxValue, slots.NextFree(1_000_000));
        Assert.Equal(2, slots.InFlight);
    }

    [Fact]
    public void NextFree_AttemptEnded_FreeStrictlyMoreThanAWindowAfterItsEnd()
    {
        var slots = new ArrivalSlots(1, Window);
        slots.Take(0);
        slots.End(300);

        Assert.Equal(300 + Window + 1, slots.NextFree(400));
        Assert.Equal(1, slots.Taken(300 + Window));
        Assert.Equal(0, slots.Taken(300 + Window + 1));
        Assert.Equal(300 + Window + 1, slots.NextFree(300 + Window + 1));
    }

    [Fact]
    public void NextFree_SlotsEndOutOfGrantOrder_TheOldestEndFreesFirst()
    {
        var slots = new ArrivalSlots(2, Window);
        slots.Take(0);
        slots.Take(10);
        slots.End(50);
        slots.End(900);

        Assert.Equal(50 + Window + 1, slots.NextFree(60));
        slots.Take(50 + Window + 1);
        Assert.Equal(900 + Window + 1, slots.NextFree(50 + Window + 1));
    }

    [Fact]
    public void Take_NoSlotFree_Throws()
    {
        var slots = new ArrivalSlots(1, Window);
        slots.Take(0);

        Assert.Throws<InvalidOperationException>(() => slots.Take(5));
    }

    [Fact]
    public void End_NothingInFlight_Throws()
    {
        var slots = new ArrivalSlots(1, Window);

        Assert.Throws<InvalidOperationException>(() => slots.End(0));
    }
}
