using System.Globalization;

namespace Entsoe.Transparency.Benchmarks.RateLimit;

/// <summary>
/// One row of the arrival table: how many callers share one fresh client, how many requests each sends, the limit
/// the client is given, and how late the loopback server answers (every <see cref="SlowEvery"/>-th request waits
/// <see cref="SlowAnswer"/>; 0 means never).
/// </summary>
public sealed record ArrivalRow(int Callers, int RequestsPerCaller, int PermitLimit, TimeSpan Window, int Burst, int SlowEvery, TimeSpan SlowAnswer)
{
    /// <summary>The rows of the table (fast answers), then a steady-state row whose every answer takes 200 ms.</summary>
    public static IReadOnlyList<ArrivalRow> Table { get; } =
    [
        new(8, 15, 40, TimeSpan.FromSeconds(4), 10, 0, TimeSpan.Zero),
        new(1, 60, 40, TimeSpan.FromSeconds(4), 10, 0, TimeSpan.Zero),
        new(2, 60, 40, TimeSpan.FromSeconds(4), 10, 0, TimeSpan.Zero),
        new(8, 16, 100, TimeSpan.FromSeconds(15), 10, 0, TimeSpan.Zero),
        new(8, 60, 40, TimeSpan.FromSeconds(4), 10, 1, TimeSpan.FromMilliseconds(200)),
    ];

    public int Requests => Callers * RequestsPerCaller;

    public override string ToString()
    {
        var slow = SlowEvery == 0
            ? string.Empty
            : SlowEvery == 1
                ? string.Create(CultureInfo.InvariantCulture, $", every answer {SlowAnswer.TotalMilliseconds:0} ms")
                : string.Create(CultureInfo.InvariantCulture, $", every {SlowEvery}th answer {SlowAnswer.TotalMilliseconds:0} ms");
        return string.Create(CultureInfo.InvariantCulture, $"{Callers} × {RequestsPerCaller} at {PermitLimit} per {Window.TotalSeconds:0} s, burst {Burst}{slow}");
    }
}
