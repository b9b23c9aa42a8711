namespace Entsoe.Transparency;

/// <summary>
/// The limiter refused to wait for a permit because the platform has banned the token for longer than the caller
/// will wait; the client turns it into <see cref="TransparencyRateLimitedException"/>. Never leaves the client: public
/// only so that an <see cref="ITransparencyRateBudget"/> outside this assembly can say so. A <see cref="TransparencyException"/>
/// like every public exception of the client.
/// </summary>
public sealed class TokenBannedException : TransparencyException
{
    /// <summary>Creates an exception with no known end of the ban.</summary>
    public TokenBannedException()
        : this(DateTimeOffset.MinValue)
    {
    }

    /// <summary>Creates an exception for a ban that ends at <paramref name="bannedUntil"/>.</summary>
    /// <param name="bannedUntil">The end of the ban the platform announced.</param>
    public TokenBannedException(DateTimeOffset bannedUntil)
        : base("The token is banned; the request was not sent.")
    {
        BannedUntil = bannedUntil;
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TokenBannedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and its cause.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TokenBannedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The end of the ban the platform announced.</summary>
    public DateTimeOffset BannedUntil { get; }
}
