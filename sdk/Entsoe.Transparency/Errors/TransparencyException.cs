namespace Entsoe.Transparency;

/// <summary>
/// Base type of every error the client reports. Messages, <see cref="RequestDescription"/> and
/// <see cref="ResponseExcerpt"/> are redacted: they never hold the security token, in either placement mode.
/// </summary>
public class TransparencyException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyException()
        : base("The Transparency Platform request failed.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyException(string message, Exception? innerException, ErrorDetails details)
        : base(message, innerException)
    {
        StatusCode = details.StatusCode;
        RequestDescription = details.RequestDescription;
        ResponseExcerpt = details.ResponseExcerpt;
        Attempts = details.Attempts;
    }

    /// <summary>The HTTP status code of the last response, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>Method and URL of the request, token removed (for example <c>GET https://…/api?documentType=A44&amp;…</c>).</summary>
    public string? RequestDescription { get; }

    /// <summary>The start of the response body as text, truncated and redacted; empty when there was no body.</summary>
    public string? ResponseExcerpt { get; }

    /// <summary>How many HTTP attempts were made.</summary>
    public int Attempts { get; }
}
