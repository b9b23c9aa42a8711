namespace Entsoe.Transparency;

/// <summary>
/// The page at the platform's highest offset (offset 4800, per its Web API user guide) came back full, so
/// more documents may exist that no offset can reach. Rather than stop there and return a silently truncated result,
/// the pager throws this: narrow the period (split it with <see cref="QuerySplitter"/>) or the query and ask again.
/// </summary>
public class TransparencyOffsetLimitException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyOffsetLimitException()
        : base("The platform's highest offset was reached with a full page; narrow the period or the query.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyOffsetLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyOffsetLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a full page at <paramref name="offset"/>, beyond which the platform serves nothing.</summary>
    /// <param name="offset">The offset of the last page that could be fetched.</param>
    /// <param name="stride">The page size.</param>
    /// <param name="maximumOffset">The platform's highest offset.</param>
    public TransparencyOffsetLimitException(int offset, int stride, int maximumOffset)
        : base(
            $"The page at offset {offset} held a full {stride} documents, and the platform serves no offset above {maximumOffset}, so {offset + stride} documents were read and more may exist. Narrow the period (QuerySplitter) or the query (one area, unit or document status) and ask again.")
    {
        Offset = offset;
        Stride = stride;
        MaximumOffset = maximumOffset;
    }

    /// <summary>The offset of the last page that could be fetched, when known.</summary>
    public int? Offset { get; }

    /// <summary>The page size, when known.</summary>
    public int? Stride { get; }

    /// <summary>The platform's highest offset, when known.</summary>
    public int? MaximumOffset { get; }
}
