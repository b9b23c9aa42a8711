namespace Entsoe.Transparency;

/// <summary>
/// The document is a real platform document of a kind the SDK does not read yet: flow-based allocations
/// (<c>CriticalNetworkElement_MarketDocument</c>), master data of production units (<c>Configuration_MarketDocument</c>,
/// A95), HVDC link limitations (<c>HVDCLink_MarketDocument</c>, A99) or reserve bids (<c>ReserveBid_MarketDocument</c>,
/// A37). The message names the kind; the bytes are still available from <see cref="TransparencyClient.QueryAsync"/>
/// to read with an XML reader of your own.
/// </summary>
public sealed class TransparencyUnsupportedDocumentException : TransparencyDocumentException
{
    /// <summary>Creates an exception with a default message.</summary>
    public TransparencyUnsupportedDocumentException()
        : base("The document is of a kind the SDK does not read yet.")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    public TransparencyUnsupportedDocumentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">The message; must not hold a token.</param>
    /// <param name="innerException">The cause.</param>
    public TransparencyUnsupportedDocumentException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal TransparencyUnsupportedDocumentException(string rootElement, string message)
        : base(message)
    {
        RootElement = rootElement;
    }

    /// <summary>The root element's local name, for example <c>CriticalNetworkElement_MarketDocument</c>; null when not known.</summary>
    public string? RootElement { get; }
}
