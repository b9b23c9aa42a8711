namespace Entsoe.Transparency;

/// <summary>The request did not complete in time: every attempt hit the attempt timeout, or the total timeout ran out.</summary>
public class TransparencyTimeoutException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyTimeoutException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyTimeoutException(string message, Exception? innerException, ErrorDetails details, TimeSpan timeout)
        : base(message, innerException, details)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that ran out.</summary>
    public TimeSpan Timeout { get; }
}
