namespace Entsoe.Transparency.Redis;

/// <summary>
/// The shared rate budget could not be reached in time and <see cref="RedisRateBudgetOptions.WhenUnavailable"/> is
/// <see cref="RedisUnavailableBehavior.FailClosed"/>: the request was not sent. Its message names the Redis endpoint
/// and the error's type, never the password.
/// </summary>
public sealed class TransparencyRateBudgetUnavailableException : TransparencyException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyRateBudgetUnavailableException()
        : base("The shared rate budget on Redis is unavailable; the request was not sent.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token or a password.</param>
    public TransparencyRateBudgetUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and its cause.</summary>
    /// <param name="message">The message; must not hold a token or a password.</param>
    /// <param name="innerException">The cause; must not hold a password in its message.</param>
    public TransparencyRateBudgetUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
