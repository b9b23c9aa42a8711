using System.Text;

namespace Entsoe.Transparency.Tests.Queries;

public class FlowTotalsTests
{
    private static readonly DateTimeOffset Start = BorderDocuments.SpringDayStart;

    [Fact]
    public void Sum_FixedBlocksWithAMissingPosition_AddNothingForTheGap()
    {
        // BE states hours 1, 2 and 4 (A01: hour 3 is a gap); DE-LU states hours 1-4.
        var be = Series(BorderDocuments.Flows(BorderDocuments.Be, BorderDocuments.Nl, "A01", "PT60M", (1, 10m), (2, 20m), (4, 40m)));
        var deLu = Series(BorderDocuments.Flows(BorderDocuments.DeLu, BorderDocuments.Nl, "A01", "PT60M", (1, 1m), (2, 2m), (3, 3m), (4, 4m)));

        var total = FlowTotals.Sum([be, deLu]);

        Assert.Equal(
            [new(Start, 11m), new(Start.AddHours(1), 22m), new(Start.AddHours(2), 3m), new(Start.AddHours(3), 44m)],
            total);
    }

    [Fact]
    public void Sum_HourlyAndQuarterHourly_HoldsTheHourForEachQuarter()
    {
        var hourly = Series(BorderDocuments.Flows(BorderDocuments.DeLu, BorderDocuments.Nl, "A01", "PT60M", (1, 100m), (2, 200m)));
        var quarters = Series(BorderDocuments.Flows(BorderDocuments.Be, BorderDocuments.Nl, "A01", "PT15M", (3, 5m), (4, 6m), (5, 7m)));

        var total = FlowTotals.Sum([quarters, hourly]);

        // 23:00 and 00:00 from the hours; 23:30, 23:45 and 00:00 from the quarters.
        Assert.Equal(
            [new(Start, 100m), new(Start.AddMinutes(30), 105m), new(Start.AddMinutes(45), 106m), new(Start.AddHours(1), 207m)],
            total);
    }

    [Fact]
    public void Sum_NoBorders_IsEmpty()
    {
        Assert.Empty(FlowTotals.Sum([]));
    }

    private static IReadOnlyList<TimeSeries> Series(string xml) => TransparencyDocumentParser.Parse(Encoding.UTF8.GetBytes(xml)).TimeSeries;
}
