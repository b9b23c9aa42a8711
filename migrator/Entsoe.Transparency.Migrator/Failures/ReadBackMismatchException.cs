namespace Entsoe.Transparency.Migrator.Failures;

/// <summary>The read-back inside a batch's transaction did not find the expected values; the batch was rolled back (exit code 1).</summary>
public sealed class ReadBackMismatchException : Exception
{
    /// <summary>Creates the exception with a message safe to show.</summary>
    public ReadBackMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message safe to show and the underlying cause (shown only with --verbose, sanitized).</summary>
    public ReadBackMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ReadBackMismatchException()
    {
    }
}
