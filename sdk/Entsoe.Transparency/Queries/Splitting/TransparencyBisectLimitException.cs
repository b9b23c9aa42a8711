namespace Entsoe.Transparency;

/// <summary>
/// The platform answered "too large" for a period that cannot be halved again without going below the minimum span
/// (<see cref="MinimumSpan"/>; one hour unless the platform states a period), or halving the period did not reduce the number of
/// instances or documents the platform counted. More time splitting will not help: narrow the query itself (one area,
/// one unit, one production type, one document status).
/// </summary>
public class TransparencyBisectLimitException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyBisectLimitException()
        : base("The period cannot be split further; narrow the query instead.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyBisectLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause, typically the platform's "too large" answer.</param>
    public TransparencyBisectLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for <paramref name="chunk"/>, which cannot be halved above <paramref name="minimumSpan"/>.</summary>
    /// <param name="chunk">The period the platform refused.</param>
    /// <param name="minimumSpan">The shortest period a half may have.</param>
    /// <param name="innerException">The cause, typically the platform's "too large" answer.</param>
    public TransparencyBisectLimitException(QueryChunk chunk, TimeSpan minimumSpan, Exception? innerException = null)
        : base(
            $"The platform refused the period {chunk} ({chunk.Duration}) as too large, and its halves would be shorter than the minimum of {minimumSpan}. Narrow the query itself (one area, unit, production type or document status) rather than the period.",
            innerException)
    {
        Chunk = chunk;
        MinimumSpan = minimumSpan;
    }

    // Halving did not reduce what the platform counts: the instances are not spread over time.
    internal TransparencyBisectLimitException(string message, QueryChunk chunk, Exception? innerException)
        : base(message, innerException)
    {
        Chunk = chunk;
    }

    /// <summary>The period that could not be halved, when known.</summary>
    public QueryChunk? Chunk { get; }

    /// <summary>The shortest period a half may have, when known.</summary>
    public TimeSpan? MinimumSpan { get; }
}
