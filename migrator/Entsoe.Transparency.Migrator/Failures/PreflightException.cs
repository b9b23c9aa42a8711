namespace Entsoe.Transparency.Migrator.Failures;

/// <summary>Preflight refused to start: no usable key, the table or a column is missing, or a column is too narrow (exit code 4). Nothing was written.</summary>
internal sealed class PreflightException : Exception
{
    /// <summary>Creates the exception with a message safe to show.</summary>
    public PreflightException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message safe to show and the underlying cause (shown only with --verbose, sanitized).</summary>
    public PreflightException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PreflightException()
    {
    }
}
