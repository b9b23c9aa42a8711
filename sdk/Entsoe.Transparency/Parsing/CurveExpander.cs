using System.Globalization;
using System.Runtime.CompilerServices;

namespace Entsoe.Transparency;

/// <summary>Turns a period's stated positions into timestamped points, one array sized exactly per period.</summary>
internal static class CurveExpander
{
    /// <summary>
    /// The most points one period may expand to: four years at one minute, far beyond the one year a query may span.
    /// A document asking for more is broken or hostile, and expanding it would take memory it has not paid for in bytes.
    /// </summary>
    public const int MaxPointsPerPeriod = 4 * 527_040;

    /// <summary>
    /// Expands one period. <c>A01</c>: one point per stated position, a missing position is a gap. <c>A03</c>: every
    /// position from the first stated one to the end of the period gets a point, a missing position repeating the
    /// value before it; positions before the first stated one get none, because there is no value to repeat and
    /// inventing one would be a guess.
    /// </summary>
    /// <exception cref="TransparencyDocumentException">A position is outside the period or not in increasing order.</exception>
    public static TimeSeriesPoint[] Expand(
        RawPeriod period,
        TimeSeriesCurveType curveType,
        ReadOnlySpan<int> positions,
        ReadOnlySpan<decimal> values,
        ReadOnlySpan<decimal?> secondaries,
        PointWindow? window)
    {
        var calendar = period.Calendar;
        var steps = calendar.CountSteps(period.Interval.End);
        Validate(period, positions, steps);
        if (positions.IsEmpty)
        {
            return [];
        }

        if (curveType == TimeSeriesCurveType.VariableSizedBlocks && steps - positions[0] + 1 > MaxPointsPerPeriod)
        {
            throw Error(period, $"Period {Describe(period)} would expand to {Format(steps - positions[0] + 1)} points, more than the {Format(MaxPointsPerPeriod)} a period may hold.");
        }

        // Without a window the size is known; with one, a first pass only counts, so either way the array is allocated
        // once at its final size.
        var variable = curveType == TimeSeriesCurveType.VariableSizedBlocks;
        var count = window is null
            ? variable ? steps - positions[0] + 1 : positions.Length
            : variable ? FillVariable(calendar, positions, values, secondaries, steps, window, null) : FillFixed(calendar, positions, values, secondaries, window, null);
        if (count == 0)
        {
            return [];
        }

        // Every element is written below (count is exact), so the array need not be zeroed first: 2 MB for a year of
        // quarter hours.
        var points = GC.AllocateUninitializedArray<TimeSeriesPoint>(count);
        _ = variable
            ? FillVariable(calendar, positions, values, secondaries, steps, window, points)
            : FillFixed(calendar, positions, values, secondaries, window, points);
        return points;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    // Called once per period with a loop over every point: optimized from the first call, as in DocumentReader.
    private static int FillFixed(PeriodCalendar calendar, ReadOnlySpan<int> positions, ReadOnlySpan<decimal> values, ReadOnlySpan<decimal?> secondaries, PointWindow? window, TimeSeriesPoint[]? target)
    {
        var written = 0;
        var fixedSteps = calendar.TryGetFixedSteps(out var startTicks, out var stepTicks);
        for (var i = 0; i < positions.Length; i++)
        {
            var at = fixedSteps ? new DateTimeOffset(checked(startTicks + (stepTicks * (positions[i] - 1))), TimeSpan.Zero) : calendar.StepStart(positions[i] - 1);
            if (window is not { } w || w.Keeps(at, calendar, positions[i] - 1))
            {
                if (target is not null)
                {
                    target[written] = secondaries.IsEmpty ? new TimeSeriesPoint(at, values[i]) : new TimeSeriesPoint(at, values[i], secondaries[i]);
                }

                written++;
            }
        }

        return written;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FillVariable(PeriodCalendar calendar, ReadOnlySpan<int> positions, ReadOnlySpan<decimal> values, ReadOnlySpan<decimal?> secondaries, int steps, PointWindow? window, TimeSeriesPoint[]? target)
    {
        var written = 0;
        var next = 0;
        var value = 0m;
        decimal? secondary = null;
        var fixedSteps = calendar.TryGetFixedSteps(out var startTicks, out var stepTicks);
        for (var step = positions[0] - 1; step < steps; step++)
        {
            if (next < positions.Length && positions[next] == step + 1)
            {
                value = values[next];
                secondary = secondaries.IsEmpty ? null : secondaries[next];
                next++;
            }

            var at = fixedSteps ? new DateTimeOffset(checked(startTicks + (stepTicks * step)), TimeSpan.Zero) : calendar.StepStart(step);
            if (window is { } w && !w.Keeps(at, calendar, step))
            {
                // Points are in time order: once past the window's end nothing later can be inside it.
                if (w.IsPast(at))
                {
                    break;
                }

                continue;
            }

            if (target is not null)
            {
                target[written] = secondary is null ? new TimeSeriesPoint(at, value) : new TimeSeriesPoint(at, value, secondary);
            }

            written++;
        }

        return written;
    }

    /// <summary>Checks that every position lies in the period and that positions increase.</summary>
    internal static void Validate(RawPeriod period, ReadOnlySpan<int> positions, int steps)
    {
        var previous = 0;
        foreach (var position in positions)
        {
            if (position < 1 || position > steps)
            {
                throw Error(period, $"Point position {Format(position)} is outside its period {Describe(period)}, which has positions 1 to {Format(steps)}.");
            }

            if (position <= previous)
            {
                throw Error(period, $"Point position {Format(position)} follows position {Format(previous)} in period {Describe(period)}; positions must increase.");
            }

            previous = position;
        }
    }

    private static string Describe(RawPeriod period) =>
        $"{period.Interval.Start.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)}/{period.Interval.End.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture)} at {period.Resolution.Code}";

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static TransparencyDocumentException Error(RawPeriod period, string message) =>
        new($"{message} (Period at line {Format(period.LineNumber)})", period.LineNumber, period.LinePosition);
}
