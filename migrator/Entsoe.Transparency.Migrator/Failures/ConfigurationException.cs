namespace Entsoe.Transparency.Migrator.Failures;

/// <summary>A usage or configuration error the user can fix (exit code 2). The message says what to do and never holds a secret.</summary>
internal sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception with a message safe to show.</summary>
    public ConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message safe to show and the underlying cause (shown only with --verbose, sanitized).</summary>
    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public ConfigurationException()
    {
    }
}
