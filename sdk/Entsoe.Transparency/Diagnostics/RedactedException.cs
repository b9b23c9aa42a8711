namespace Entsoe.Transparency;

/// <summary>Stands in for an inner exception whose text held a token; carries only the redacted message.</summary>
internal sealed class RedactedException : Exception
{
    public RedactedException()
    {
    }

    public RedactedException(string message)
        : base(message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
