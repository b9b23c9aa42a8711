namespace Entsoe.Transparency;

/// <summary>
/// A document could not be parsed: it is not well-formed XML, uses a DTD (refused), has an unknown root element, or
/// holds a value the parser cannot read (a number, an instant, a resolution, a position). The message names the
/// element, the value and, where known, the line.
/// </summary>
public class TransparencyDocumentException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyDocumentException()
        : base("The document could not be parsed.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyDocumentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyDocumentException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyDocumentException(string message, int lineNumber, int linePosition, Exception? innerException = null)
        : base(message, innerException)
    {
        LineNumber = lineNumber > 0 ? lineNumber : null;
        LinePosition = linePosition > 0 ? linePosition : null;
    }

    /// <summary>The 1-based line of the document where the problem was found, when known.</summary>
    public int? LineNumber { get; }

    /// <summary>The 1-based position in <see cref="LineNumber"/>, when known.</summary>
    public int? LinePosition { get; }
}
