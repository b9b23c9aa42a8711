namespace Entsoe.Transparency;

/// <summary>The platform rejected the security token (HTTP 401 or 403): it is missing, invalid, was replaced by "Generate and overwrite", or the account is suspended.</summary>
public class TransparencyAuthenticationException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyAuthenticationException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyAuthenticationException(string message, ErrorDetails details, bool tokenUpdatedSinceSent, AcknowledgementReason? reason = null)
        : base(message, null, details)
    {
        TokenUpdatedSinceSent = tokenUpdatedSinceSent;
        ReasonCode = reason?.Code;
        ReasonText = reason?.Text;
    }

    /// <summary>True when the credential was updated after this request was sent: a new request will carry the new token.</summary>
    public bool TokenUpdatedSinceSent { get; }

    /// <summary>The reason code of the acknowledgement the 401 carried (e.g. <c>999</c>); null when its body was not one.</summary>
    public string? ReasonCode { get; }

    /// <summary>What the server's acknowledgement said to do (redacted); null when the 401's body was not an acknowledgement.</summary>
    public string? ReasonText { get; }
}
