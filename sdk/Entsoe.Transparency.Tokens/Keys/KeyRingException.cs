namespace Entsoe.Transparency.Tokens;

/// <summary>
/// The key ring could not be read or is not usable. The message says what is wrong and how to fix it and never
/// contains key material.
/// </summary>
public sealed class KeyRingException : Exception
{
    /// <summary>Creates the exception with a message that holds no key material.</summary>
    public KeyRingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that holds no key material.</summary>
    public KeyRingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public KeyRingException()
        : base("The token key ring is not usable.")
    {
    }
}
