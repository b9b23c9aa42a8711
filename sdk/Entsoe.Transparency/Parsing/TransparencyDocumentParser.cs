using System.Runtime.InteropServices;
using System.Xml;

namespace Entsoe.Transparency;

/// <summary>
/// Parses the platform's XML documents into typed time series in one streaming pass: no DOM, no DTD, no external
/// resolution. The root element's local name picks the document family whatever its namespace version, elements
/// are matched by local name and unknown ones are skipped. Thread-safe: every call is independent.
/// </summary>
public static class TransparencyDocumentParser
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // No DTD and no external resolution: a hostile document can neither expand entities nor make the client fetch anything.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Parses a document held in memory.</summary>
    /// <param name="content">The document's bytes (any encoding the XML declaration names; UTF-8 by default).</param>
    /// <param name="options">A window to truncate to and how to treat acknowledgements; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    /// <exception cref="TransparencyDocumentException">The content is not a document this parser reads, or holds a value it cannot read.</exception>
    /// <exception cref="TransparencyNoMatchingDataException">An acknowledgement "No matching data found", with <see cref="TransparencyParseOptions.ThrowOnAcknowledgement"/>.</exception>
    /// <exception cref="TransparencyBadRequestException">Any other acknowledgement, with <see cref="TransparencyParseOptions.ThrowOnAcknowledgement"/>.</exception>
    /// <exception cref="ArgumentException">The window in <paramref name="options"/> ends before it starts.</exception>
    public static TransparencyDocument Parse(ReadOnlyMemory<byte> content, TransparencyParseOptions? options = null)
    {
        ValidateOptions(options);
        return Finish(ParseBytes(content, options), options);
    }

    /// <summary>Parses a document read from <paramref name="content"/>, which is left open.</summary>
    /// <param name="content">A readable stream positioned at the document's start.</param>
    /// <param name="options">A window to truncate to and how to treat acknowledgements; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    /// <exception cref="TransparencyDocumentException">The content is not a document this parser reads, or holds a value it cannot read.</exception>
    /// <exception cref="TransparencyNoMatchingDataException">An acknowledgement "No matching data found", with <see cref="TransparencyParseOptions.ThrowOnAcknowledgement"/>.</exception>
    /// <exception cref="TransparencyBadRequestException">Any other acknowledgement, with <see cref="TransparencyParseOptions.ThrowOnAcknowledgement"/>.</exception>
    /// <exception cref="ArgumentException">The window in <paramref name="options"/> ends before it starts.</exception>
    public static TransparencyDocument Parse(Stream content, TransparencyParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ValidateOptions(options);
        return Finish(ParseCore(content, options), options);
    }

    /// <summary>
    /// Parses the body of a response from <see cref="TransparencyClient"/>. A response that matched no data becomes an
    /// acknowledgement document carrying the client's redacted reason (or throws, with
    /// <see cref="TransparencyParseOptions.ThrowOnAcknowledgement"/>).
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="options">A window to truncate to and how to treat acknowledgements; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    /// <exception cref="TransparencyDocumentException">The body is a ZIP archive or not a document this parser reads.</exception>
    /// <exception cref="TransparencyNoMatchingDataException">The query matched no data, with <see cref="TransparencyParseOptions.ThrowOnAcknowledgement"/>.</exception>
    /// <exception cref="ArgumentException">The window in <paramref name="options"/> ends before it starts.</exception>
    public static TransparencyDocument Parse(TransparencyResponse response, TransparencyParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ValidateOptions(options);
        var document = ParseBytes(response.Content, options);

        // The client has already redacted the reason; the raw body's text has not been.
        if (document.IsAcknowledgement && response.Acknowledgement is { } redacted)
        {
            document = new TransparencyDocument(document.Kind, document.RootElement, document.NamespaceUri, HeaderOf(document), [], redacted);
        }

        return Finish(document, options);
    }

    private static TransparencyDocument ParseBytes(ReadOnlyMemory<byte> content, TransparencyParseOptions? options)
    {
        if (DocumentInspector.IsZip(content.Span))
        {
            throw new TransparencyDocumentException("The content is a ZIP archive, not an XML document; parse each of its entries instead.");
        }

        using var stream = MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        return ParseCore(stream, options);
    }

    private static TransparencyDocument ParseCore(Stream content, TransparencyParseOptions? options)
    {
        try
        {
            using var xml = XmlReader.Create(content, Settings);
            using var reader = new DocumentReader(xml, options?.Window);
            return reader.Read();
        }
        catch (XmlException e)
        {
            var dtd = e.Message.Contains("DTD", StringComparison.Ordinal) ? " Documents with a DTD are refused: the platform never sends one." : string.Empty;
            throw new TransparencyDocumentException($"The content is not well-formed XML the parser accepts: {e.Message}{dtd}", e.LineNumber, e.LinePosition, e);
        }
        catch (OverflowException e)
        {
            // A position or step count beyond what a period can hold, or an instant past year 9999.
            throw new TransparencyDocumentException($"A period's positions or instants are out of range: {e.Message}", e);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new TransparencyDocumentException($"A period's positions or instants are out of range: {e.Message}", e);
        }
    }

    private static TransparencyDocument Finish(TransparencyDocument document, TransparencyParseOptions? options) =>
        document.Acknowledgement is { } reason && options?.ThrowOnAcknowledgement == true
            ? throw AcknowledgementException(reason)
            : document;

    private static TransparencyException AcknowledgementException(AcknowledgementReason reason)
    {
        var details = new ErrorDetails(null, null, null, 0);
        var text = string.IsNullOrWhiteSpace(reason.Text) ? string.Empty : $": \"{reason.Text}\"";
        return BodyNotices.IsNoMatchingData(reason)
            ? new TransparencyNoMatchingDataException($"The document is an acknowledgement: the query matched no data (reason {reason.Code ?? "999"}{text}).", details, reason.Text)
            : new TransparencyBadRequestException($"The document is an acknowledgement refusing the query (reason code {reason.Code ?? "unknown"}){text}.", details, reason.Code, reason.Text);
    }

    private static void ValidateOptions(TransparencyParseOptions? options)
    {
        if (options?.Window is { } window && window.End <= window.Start)
        {
            throw new ArgumentException($"The window must end after it starts ({Instants.Format(window.Start)} to {Instants.Format(window.End)}).", nameof(options));
        }
    }

    private static DocumentHeader HeaderOf(TransparencyDocument document) => new()
    {
        Id = document.Id,
        DocumentType = document.DocumentType,
        ProcessType = document.ProcessType,
        CreatedAt = document.CreatedAt,
        Interval = document.Interval,
    };
}
