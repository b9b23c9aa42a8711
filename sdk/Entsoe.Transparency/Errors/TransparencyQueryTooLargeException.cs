namespace Entsoe.Transparency;

/// <summary>
/// The query asks for more than the platform serves in one response: a longer period than the data item allows, or
/// more instances or documents than one response may hold. <see cref="Limit"/> says which, and the other properties
/// carry the numbers the platform stated. <see cref="TransparencyClient.QueryAllAsync"/> acts on it by itself.
/// </summary>
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

    internal TransparencyQueryTooLargeException(string message, ErrorDetails details, string? reasonCode, string? reasonText, TooLargeNotice notice)
        : base(message, details, reasonCode, reasonText)
    {
        Limit = notice.Limit;
        RequestedCount = notice.RequestedCount;
        AllowedCount = notice.AllowedCount;
        RequestedPeriod = notice.RequestedPeriod;
        AllowedPeriod = notice.AllowedPeriod;
    }

    /// <summary>Which limit the query went beyond, as far as the platform's text says.</summary>
    public TransparencyQueryLimit Limit { get; }

    /// <summary>How many instances or documents (<see cref="Limit"/>) the query would return, when the platform said.</summary>
    public int? RequestedCount { get; }

    /// <summary>How many instances or documents (<see cref="Limit"/>) one response may hold, when the platform said.</summary>
    public int? AllowedCount { get; }

    /// <summary>For a period limit: the length of the period asked for, when the platform stated it.</summary>
    public TimeSpan? RequestedPeriod { get; }

    /// <summary>For a period limit: the longest period allowed as an ISO 8601 duration (<c>P1Y</c>, <c>P1M</c>, <c>P365D</c>), when the platform stated it.</summary>
    public string? AllowedPeriod { get; }
}
