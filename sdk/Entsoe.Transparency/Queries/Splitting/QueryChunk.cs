namespace Entsoe.Transparency;

/// <summary>One request's period, <c>[Start, End)</c> in UTC, as planned by <see cref="QuerySplitter"/>.</summary>
public readonly record struct QueryChunk
{
    /// <summary>Creates a chunk; both instants are converted to UTC.</summary>
    /// <param name="start">The inclusive start.</param>
    /// <param name="end">The exclusive end, after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public QueryChunk(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"The end ({end:O}) must be after the start ({start:O}).", nameof(end));
        }

        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    /// <summary>The inclusive start, in UTC (the query's <c>periodStart</c>).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The exclusive end, in UTC (the query's <c>periodEnd</c>).</summary>
    public DateTimeOffset End { get; }

    /// <summary>How long the chunk is.</summary>
    public TimeSpan Duration => End - Start;

    /// <summary>The chunk as <c>[start, end)</c> in ISO 8601.</summary>
    public override string ToString() => $"[{Start:O}, {End:O})";
}
