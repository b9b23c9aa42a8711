namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The store's settings are not usable: an unknown provider, a connection string that does not parse, or a table or
/// column name that is not a plain name. The message says what to fix and never holds a secret or the connection string.
/// </summary>
public sealed class StoreConfigurationException : Exception
{
    /// <summary>Creates the exception with a message safe to show.</summary>
    public StoreConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message safe to show and the underlying cause (its message may hold driver details: redact it before showing it).</summary>
    public StoreConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StoreConfigurationException()
    {
    }
}
