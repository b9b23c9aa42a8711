namespace Entsoe.Transparency;

/// <summary>
/// Plans the requests of a large query: splits a window into chunks no longer than the endpoint's maximum span
/// (<see cref="QuerySpanTable"/>), so a caller can count, spread or resume the requests of a period before sending
/// any. Pure arithmetic on UTC instants; no HTTP. <see cref="TransparencyClient.QueryAllAsync"/> sends the same chunks.
/// </summary>
/// <remarks>
/// Chunks are consecutive <c>[start, end)</c> periods that cover the window exactly: each chunk starts where the
/// previous one ended, the first starts at the window's start and the last ends at its end. Every boundary is a UTC
/// instant, so daylight-saving changes cannot create gaps or overlaps. For a span of years, each chunk ends the same
/// number of calendar years after it starts on the UTC calendar (2023-03-15T00:00Z to 2024-03-15T00:00Z, then on to
/// 2025-03-15T00:00Z), because the platform states its limits in years rather than days; a chunk starting on
/// 29 February ends on 28 February, and the chunks after it keep that day.
/// </remarks>
public static class QuerySplitter
{
    // Halving a chunk refused as too large is QueryAllAsync's own reaction to an answer, not a plan a caller makes
    // ahead, so Bisect and its minimum are internal.

    /// <summary>
    /// The default shortest half <see cref="Bisect(QueryChunk)"/> produces: one hour. Most documents cover at least an
    /// hour, so a shorter period rarely holds fewer of them and further halving would only multiply requests.
    /// </summary>
    internal static TimeSpan DefaultMinimumBisectSpan { get; } = TimeSpan.FromHours(1);

    /// <summary>Splits <c>[start, end)</c> into consecutive chunks no longer than <paramref name="maximumSpan"/>.</summary>
    /// <param name="start">The window's inclusive start; a whole minute, as the platform takes no seconds.</param>
    /// <param name="end">The window's exclusive end; a whole minute, after <paramref name="start"/>.</param>
    /// <param name="maximumSpan">The endpoint's maximum span, usually from <see cref="QuerySpanTable"/>.</param>
    /// <returns>The chunks, computed as they are enumerated.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>, or an instant has seconds.</exception>
    public static IEnumerable<QueryChunk> Split(DateTimeOffset start, DateTimeOffset end, QuerySpan maximumSpan)
    {
        ArgumentNullException.ThrowIfNull(maximumSpan);
        if (end <= start)
        {
            throw new ArgumentException($"The end ({end:O}) must be after the start ({start:O}).", nameof(end));
        }

        RequireWholeMinute(start, nameof(start));
        RequireWholeMinute(end, nameof(end));

        // Checked above so that a bad window fails at the call, not at the first MoveNext.
        return Chunks(start.ToUniversalTime(), end.ToUniversalTime(), maximumSpan);
    }

    /// <summary>Halves <paramref name="chunk"/> after a "too large" answer, refusing halves shorter than <see cref="DefaultMinimumBisectSpan"/>.</summary>
    /// <param name="chunk">The refused chunk.</param>
    /// <returns>The earlier and the later half; together they cover the chunk exactly.</returns>
    /// <exception cref="TransparencyBisectLimitException">A half would be shorter than the minimum.</exception>
    internal static (QueryChunk Earlier, QueryChunk Later) Bisect(QueryChunk chunk) => Bisect(chunk, DefaultMinimumBisectSpan);

    /// <summary>
    /// Halves <paramref name="chunk"/> after a "too large" answer (HTTP 400, reason 999, too many instances). The
    /// midpoint is rounded down to a whole UTC minute, so both halves stay expressible as <c>yyyyMMddHHmm</c>.
    /// </summary>
    /// <param name="chunk">The refused chunk.</param>
    /// <param name="minimumSpan">The shortest half allowed; at least one minute.</param>
    /// <returns>The earlier and the later half; together they cover the chunk exactly.</returns>
    /// <exception cref="TransparencyBisectLimitException">A half would be shorter than <paramref name="minimumSpan"/>.</exception>
    internal static (QueryChunk Earlier, QueryChunk Later) Bisect(QueryChunk chunk, TimeSpan minimumSpan)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumSpan, TimeSpan.FromMinutes(1));
        if (chunk.End <= chunk.Start)
        {
            throw new ArgumentException("The chunk is empty; create it with the QueryChunk constructor.", nameof(chunk));
        }

        var middle = chunk.Start + (chunk.Duration / 2);
        middle = new DateTimeOffset(middle.UtcTicks - (middle.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
        if (middle - chunk.Start < minimumSpan || chunk.End - middle < minimumSpan)
        {
            throw new TransparencyBisectLimitException(chunk, minimumSpan);
        }

        return (new QueryChunk(chunk.Start, middle), new QueryChunk(middle, chunk.End));
    }

    private static IEnumerable<QueryChunk> Chunks(DateTimeOffset start, DateTimeOffset end, QuerySpan maximumSpan)
    {
        var chunkStart = start;
        while (chunkStart < end)
        {
            var chunkEnd = maximumSpan.EndOfChunk(chunkStart, end);
            yield return new QueryChunk(chunkStart, chunkEnd);
            chunkStart = chunkEnd;
        }
    }

    private static void RequireWholeMinute(DateTimeOffset instant, string name)
    {
        if (instant.UtcTicks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentException($"{name} ({instant:O}) must be a whole minute: the platform takes yyyyMMddHHmm.", name);
        }
    }
}
