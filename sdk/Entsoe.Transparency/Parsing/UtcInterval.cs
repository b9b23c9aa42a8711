namespace Entsoe.Transparency;

/// <summary>A half-open interval [<see cref="Start"/>, <see cref="End"/>) of UTC instants, as a document's <c>timeInterval</c> states it.</summary>
/// <param name="Start">The first instant inside the interval.</param>
/// <param name="End">The first instant after the interval.</param>
public readonly record struct UtcInterval(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>How long the interval lasts.</summary>
    public TimeSpan Duration => End - Start;

    /// <summary>True when <paramref name="instant"/> is at or after <see cref="Start"/> and before <see cref="End"/>.</summary>
    /// <param name="instant">The instant to test.</param>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;
}
