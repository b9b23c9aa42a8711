namespace Entsoe.Transparency;

/// <summary>Sums the flows of several borders over time, each point holding its value for the length of its resolution.</summary>
internal static class FlowTotals
{
    public static IReadOnlyList<TimeSeriesPoint> Sum(IEnumerable<IReadOnlyList<TimeSeries>> borders)
    {
        var steps = new List<List<(DateTimeOffset Start, DateTimeOffset End, decimal Value)>>();
        var instants = new SortedSet<DateTimeOffset>();
        foreach (var series in borders)
        {
            var border = new List<(DateTimeOffset Start, DateTimeOffset End, decimal Value)>();
            foreach (var period in series.SelectMany(s => s.Periods))
            {
                for (var i = 0; i < period.Points.Count; i++)
                {
                    var point = period.Points[i];
                    border.Add((point.Timestamp, EndOf(period, i), point.Value));
                    instants.Add(point.Timestamp);
                }
            }

            border.Sort((a, b) => a.Start.CompareTo(b.Start));
            steps.Add(border);
        }

        // One sweep: every border's steps and the instants are in time order, so each border's cursor only moves on.
        var cursors = new int[steps.Count];
        var total = new List<TimeSeriesPoint>(instants.Count);
        foreach (var instant in instants)
        {
            var sum = 0m;
            for (var b = 0; b < steps.Count; b++)
            {
                var border = steps[b];
                while (cursors[b] < border.Count && border[cursors[b]].End <= instant)
                {
                    cursors[b]++;
                }

                if (cursors[b] < border.Count && border[cursors[b]].Start <= instant)
                {
                    sum += border[cursors[b]].Value;
                }
            }

            total.Add(new TimeSeriesPoint(instant, sum));
        }

        return total.AsReadOnly();
    }

    // A fixed resolution covers its own length; a calendar one (a local day or month) reaches to the next point.
    private static DateTimeOffset EndOf(TimeSeriesPeriod period, int index)
    {
        var point = period.Points[index];
        if (!period.Resolution.IsLocalCalendar)
        {
            return point.Timestamp + period.Resolution.Duration;
        }

        return index + 1 < period.Points.Count ? period.Points[index + 1].Timestamp : period.Interval.End;
    }
}
