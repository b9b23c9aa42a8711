namespace Entsoe.Transparency;

/// <summary>The query asks for more documents than the platform allows in one response; split the period or the query.</summary>
public class TransparencyQueryTooLargeException : TransparencyBadRequestException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyQueryTooLargeException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyQueryTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyQueryTooLargeException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyQueryTooLargeException(string message, ErrorDetails details, string? reasonCode, string? reasonText, int? requestedCount, int? allowedCount)
        : base(message, details, reasonCode, reasonText)
    {
        RequestedCount = requestedCount;
        AllowedCount = allowedCount;
    }

    /// <summary>How many documents the query would return, when the platform said.</summary>
    public int? RequestedCount { get; }

    /// <summary>How many documents one response may hold, when the platform said.</summary>
    public int? AllowedCount { get; }
}
