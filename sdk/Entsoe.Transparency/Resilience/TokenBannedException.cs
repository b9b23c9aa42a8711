namespace Entsoe.Transparency;

/// <summary>
/// The limiter refused to wait for a permit because the platform has banned the token for longer than the caller
/// will wait; the client turns it into <see cref="TransparencyRateLimitedException"/>. Never leaves the client.
/// </summary>
internal sealed class TokenBannedException : Exception
{
    public TokenBannedException()
        : this(DateTimeOffset.MinValue)
    {
    }

    public TokenBannedException(DateTimeOffset bannedUntil)
        : base("The token is banned; the request was not sent.")
    {
        BannedUntil = bannedUntil;
    }

    public TokenBannedException(string message)
        : base(message)
    {
    }

    public TokenBannedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The end of the ban the platform announced.</summary>
    public DateTimeOffset BannedUntil { get; }
}
