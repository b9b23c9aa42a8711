namespace Entsoe.Transparency;

/// <summary>The platform rejected the query (HTTP 400, or an acknowledgement document that is not "no matching data"). <see cref="ReasonText"/> says why.</summary>
public class TransparencyBadRequestException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyBadRequestException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyBadRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyBadRequestException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyBadRequestException(string message, ErrorDetails details, string? reasonCode, string? reasonText)
        : base(message, null, details)
    {
        ReasonCode = reasonCode;
        ReasonText = reasonText;
    }

    /// <summary>The acknowledgement's reason code (the platform uses <c>999</c> for most errors), when present.</summary>
    public string? ReasonCode { get; }

    /// <summary>The acknowledgement's reason text, redacted, when present.</summary>
    public string? ReasonText { get; }
}
