namespace Entsoe.Transparency.Tests.Areas;

public class TransparencyAreaNeighboursTests
{
    [Fact]
    public void Table_EveryCode_ResolvesToABiddingZoneOfTheCatalogue()
    {
        var codes = TransparencyAreaNeighbours.Table.Keys.Concat(TransparencyAreaNeighbours.Table.Values.SelectMany(v => v)).Distinct();

        Assert.All(codes, code =>
        {
            Assert.True(TransparencyAreas.TryFind(code, out var area), $"{code} is not in the catalogue");
            Assert.Equal(code, area.Code);
            Assert.True(area.HasKind(AreaKinds.BiddingZone), $"{code} is not a bidding zone");
        });
    }

    [Fact]
    public void Table_EveryBorder_IsListedFromBothSides()
    {
        var oneSided = TransparencyAreaNeighbours.Table
            .SelectMany(entry => entry.Value.Select(neighbour => (From: entry.Key, To: neighbour)))
            .Where(border => !TransparencyAreaNeighbours.Table.TryGetValue(border.To, out var back) || !back.Contains(border.From))
            .ToList();

        Assert.Empty(oneSided);
    }

    [Fact]
    public void Table_NoZone_BordersItselfOrListsANeighbourTwice()
    {
        Assert.All(TransparencyAreaNeighbours.Table, entry =>
        {
            Assert.DoesNotContain(entry.Key, entry.Value);
            Assert.Equal(entry.Value.Length, entry.Value.Distinct().Count());
        });
    }

    [Fact]
    public void Of_Belgium_ReturnsItsFourNeighbours()
    {
        var neighbours = TransparencyAreaNeighbours.Of(TransparencyAreas.Be);

        Assert.Equal([TransparencyAreas.DeLu, TransparencyAreas.Fr, TransparencyAreas.Gb, TransparencyAreas.Nl], neighbours);
    }

    [Fact]
    public void Of_GermanyLuxembourg_ReturnsElevenNeighbours()
    {
        var neighbours = TransparencyAreaNeighbours.Of(TransparencyAreas.DeLu);

        Assert.Equal(
            ["AT", "BE", "CH", "CZ", "DK_1", "DK_2", "FR", "NL", "NO_2", "PL", "SE_4"],
            neighbours.Select(a => a.Code));
    }

    [Fact]
    public void Of_AreaWithoutBorders_ReturnsEmpty()
    {
        Assert.Empty(TransparencyAreaNeighbours.Of(TransparencyAreas.De));
        const string FirstFifteen = "10YXX-OWNZONE--";
        var eic = FirstFifteen + EicCode.ComputeCheckCharacter(FirstFifteen);
        Assert.Empty(TransparencyAreaNeighbours.Of(new TransparencyArea(eic, "XX_OWN", "Own zone", "Europe/Brussels", AreaKinds.BiddingZone)));
    }

    [Fact]
    public void Of_AreaCreatedWithACataloguedEic_FindsTheCataloguedNeighbours()
    {
        var own = new TransparencyArea("10YPT-REN------W", "PT_OWN", "Portugal", "Europe/Lisbon", AreaKinds.BiddingZone);

        Assert.Equal([TransparencyAreas.Es], TransparencyAreaNeighbours.Of(own));
    }

    [Fact]
    public void Areas_ListsEveryZoneOfTheTableOnce()
    {
        Assert.Equal(TransparencyAreaNeighbours.Table.Count, TransparencyAreaNeighbours.Areas.Count);
        Assert.Equal(TransparencyAreaNeighbours.Areas.Count, TransparencyAreaNeighbours.Areas.Distinct().Count());
    }
}
