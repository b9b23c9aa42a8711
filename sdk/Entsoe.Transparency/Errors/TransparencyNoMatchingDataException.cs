namespace Entsoe.Transparency;

/// <summary>The query matched no data (an acknowledgement with reason 999 "No matching data found"). Thrown only when the caller asks for it.</summary>
public class TransparencyNoMatchingDataException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyNoMatchingDataException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyNoMatchingDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyNoMatchingDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyNoMatchingDataException(string message, ErrorDetails details, string? reasonText)
        : base(message, null, details)
    {
        ReasonText = reasonText;
    }

    /// <summary>The acknowledgement's reason text, redacted.</summary>
    public string? ReasonText { get; }
}
