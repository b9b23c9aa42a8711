namespace Entsoe.Transparency;

/// <summary>The base address answered HTTP 404: the platform has moved the API (it has before). Check <see cref="TransparencyClientOptions.BaseAddress"/>.</summary>
public class TransparencyEndpointNotFoundException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyEndpointNotFoundException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyEndpointNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyEndpointNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyEndpointNotFoundException(string message, ErrorDetails details, Uri? baseAddress)
        : base(message, null, details)
    {
        BaseAddress = baseAddress;
    }

    /// <summary>The base address the client used.</summary>
    public Uri? BaseAddress { get; }
}
