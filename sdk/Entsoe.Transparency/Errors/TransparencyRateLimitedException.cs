namespace Entsoe.Transparency;

/// <summary>The platform refused the request for too many requests (HTTP 429), possibly with a ban; <see cref="RetryAt"/> says when to come back.</summary>
public class TransparencyRateLimitedException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyRateLimitedException()
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyRateLimitedException(string message, ErrorDetails details, DateTimeOffset? bannedUntil, DateTimeOffset? retryAt)
        : base(message, null, details)
    {
        BannedUntil = bannedUntil;
        RetryAt = retryAt ?? bannedUntil;
    }

    /// <summary>The end of the ban the platform announced ("Requester banned until …"), when it announced one.</summary>
    public DateTimeOffset? BannedUntil { get; }

    /// <summary>The earliest moment a new request can succeed: the ban's end or the <c>Retry-After</c> time, when known.</summary>
    public DateTimeOffset? RetryAt { get; }
}
