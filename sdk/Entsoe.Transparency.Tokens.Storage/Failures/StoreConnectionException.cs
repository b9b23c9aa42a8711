namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>The database could not be reached or refused the connection. The message names host and database at most, never the connection string.</summary>
public sealed class StoreConnectionException : Exception
{
    /// <summary>Creates the exception with a message safe to show.</summary>
    public StoreConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message safe to show and the underlying cause (its message may hold driver details: redact it before showing it).</summary>
    public StoreConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public StoreConnectionException()
    {
    }
}
