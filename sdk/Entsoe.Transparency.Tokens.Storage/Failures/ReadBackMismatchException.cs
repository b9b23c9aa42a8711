namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>The read-back inside a batch's transaction did not find the expected values; the batch was rolled back.</summary>
public sealed class ReadBackMismatchException : Exception
{
    /// <summary>Creates the exception with a message safe to show.</summary>
    public ReadBackMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message safe to show and the underlying cause (its message may hold driver details: redact it before showing it).</summary>
    public ReadBackMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ReadBackMismatchException()
    {
    }
}
