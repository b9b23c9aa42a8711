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

    internal TransparencyAuthenticationException(string message, ErrorDetails details, bool tokenUpdatedSinceSent)
        : base(message, null, details)
    {
        TokenUpdatedSinceSent = tokenUpdatedSinceSent;
    }

    /// <summary>True when the credential was updated after this request was sent: a new request will carry the new token.</summary>
    public bool TokenUpdatedSinceSent { get; }
}
