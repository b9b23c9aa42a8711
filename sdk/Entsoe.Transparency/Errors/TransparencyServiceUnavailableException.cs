namespace Entsoe.Transparency;

/// <summary>The platform is unavailable (HTTP 503, often its maintenance page, or another 5xx/408) and retries did not get through.</summary>
public class TransparencyServiceUnavailableException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyServiceUnavailableException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyServiceUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyServiceUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyServiceUnavailableException(string message, ErrorDetails details, bool isMaintenance, DateTimeOffset? retryAt)
        : base(message, null, details)
    {
        IsMaintenance = isMaintenance;
        RetryAt = retryAt;
    }

    /// <summary>True when the response was an HTML page, which is how the platform announces maintenance.</summary>
    public bool IsMaintenance { get; }

    /// <summary>The <c>Retry-After</c> time the platform sent, when it sent one.</summary>
    public DateTimeOffset? RetryAt { get; }
}
