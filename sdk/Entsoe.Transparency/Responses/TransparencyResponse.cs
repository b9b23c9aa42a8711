namespace Entsoe.Transparency;

/// <summary>
/// A document returned by the platform: its bytes and what they are. The whole body is read before the request
/// counts as done, so a body cut off half-way is retried rather than handed over.
/// </summary>
public sealed class TransparencyResponse
{
    private readonly ReadOnlyMemory<byte> content;

    /// <summary>Creates a response (for tests and mocks of <see cref="TransparencyClient"/>).</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="contentKind">What the content is.</param>
    /// <param name="rootElement">The XML root's local name, when the content is XML.</param>
    /// <param name="acknowledgement">The acknowledgement's reason, when the content is one.</param>
    /// <param name="content">The body.</param>
    public TransparencyResponse(int statusCode, TransparencyContentKind contentKind, string? rootElement, AcknowledgementReason? acknowledgement, ReadOnlyMemory<byte> content)
    {
        StatusCode = statusCode;
        ContentKind = contentKind;
        RootElement = rootElement;
        Acknowledgement = acknowledgement;
        this.content = content;
    }

    /// <summary>The HTTP status code (2xx).</summary>
    public int StatusCode { get; }

    /// <summary>What the content is.</summary>
    public TransparencyContentKind ContentKind { get; }

    /// <summary>True when the query matched no data (<see cref="TransparencyContentKind.NoMatchingData"/>).</summary>
    public bool IsEmpty => ContentKind == TransparencyContentKind.NoMatchingData;

    /// <summary>The local name of the XML root element (for example <c>Publication_MarketDocument</c>), any namespace version.</summary>
    public string? RootElement { get; }

    /// <summary>The acknowledgement's reason, when the document is an <c>Acknowledgement_MarketDocument</c>.</summary>
    public AcknowledgementReason? Acknowledgement { get; }

    /// <summary>The body.</summary>
    public ReadOnlyMemory<byte> Content => content;

    /// <summary>
    /// The redactor of the client that fetched the response, which knows every value its credential has held; null
    /// for a response built by hand. The parser's errors about this body go through it.
    /// </summary>
    internal Redactor? Redactor { get; init; }

    /// <summary>The body's length in bytes.</summary>
    public int Length => content.Length;

    /// <summary>Opens a read-only stream over the body.</summary>
    public Stream OpenRead() => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
        ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
        : new MemoryStream(content.ToArray(), writable: false);

    /// <summary>Copies the body into a new array.</summary>
    public byte[] ToArray() => content.ToArray();

    /// <summary>Describes the response: kind, root and size; never the body.</summary>
    public override string ToString() => RootElement is null
        ? $"TransparencyResponse({StatusCode}, {ContentKind}, {Length} bytes)"
        : $"TransparencyResponse({StatusCode}, {ContentKind}, {RootElement}, {Length} bytes)";
}
