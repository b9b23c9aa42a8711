using System.Xml;

namespace Entsoe.Transparency;

/// <summary>
/// Parses the platform's XML documents into typed time series in one streaming pass: no DOM, no DTD, no external
/// resolution. The root element's local name picks the document family whatever its namespace version, elements
/// are matched by local name and unknown ones are skipped. Thread-safe: every call is independent.
/// </summary>
public static class TransparencyDocumentParser
{
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
    /// <exception cref="TransparencyDocumentException">The body is a ZIP archive (use <see cref="ParseArchive(TransparencyResponse, TransparencyParseOptions?)"/>) or not a document this parser reads.</exception>
    /// <exception cref="TransparencyNoMatchingDataException">The query matched no data, with <see cref="TransparencyParseOptions.ThrowOnAcknowledgement"/>.</exception>
    /// <exception cref="ArgumentException">The window in <paramref name="options"/> ends before it starts.</exception>
    public static TransparencyDocument Parse(TransparencyResponse response, TransparencyParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        ValidateOptions(options);
        var document = RedactedBy(response.Redactor, () => ParseBytes(response.Content, options, redactor: response.Redactor));

        // The client has already redacted the reason; the raw body's text has not been.
        if (document.IsAcknowledgement && response.Acknowledgement is { } redacted)
        {
            document = new TransparencyDocument(document.Kind, document.RootElement, document.NamespaceUri, HeaderOf(document), [], redacted);
        }

        return Finish(document, options);
    }

    /// <summary>
    /// Parses every entry of a ZIP archive, as the platform sends outages, imbalance prices and other large items: one
    /// document per entry, in archive order. Entries are inflated into memory one at a time within
    /// <see cref="TransparencyParseOptions.MaxArchiveEntries"/> and <see cref="TransparencyParseOptions.MaxArchiveUncompressedBytes"/>;
    /// nothing is written to disk and entry names are never used as paths.
    /// </summary>
    /// <param name="content">The archive's bytes (starting with <c>PK\x03\x04</c>).</param>
    /// <param name="options">A window applied to each entry and the archive limits; <see langword="null"/> for the defaults.</param>
    /// <returns>
    /// Every entry's document. An entry that is an <c>Acknowledgement_MarketDocument</c> is returned as such
    /// (<see cref="TransparencyDocument.IsAcknowledgement"/>), whatever <see cref="TransparencyParseOptions.ThrowOnAcknowledgement"/> says.
    /// </returns>
    /// <exception cref="TransparencyDocumentException">
    /// The content is not a ZIP archive, the archive goes beyond a limit, or an entry is not XML or not a document this
    /// parser reads; the message names the entry.
    /// </exception>
    /// <exception cref="ArgumentException">The window in <paramref name="options"/> ends before it starts.</exception>
    public static IReadOnlyList<TransparencyArchiveEntry> ParseArchive(ReadOnlyMemory<byte> content, TransparencyParseOptions? options = null) =>
        ArchiveOf(content, options, null);

    private static IReadOnlyList<TransparencyArchiveEntry> ArchiveOf(ReadOnlyMemory<byte> content, TransparencyParseOptions? options, Redactor? redactor)
    {
        ValidateOptions(options);
        RequireZip(content);
        var entries = new List<TransparencyArchiveEntry>();
        foreach (var (name, bytes) in Entries(content, options))
        {
            entries.Add(new TransparencyArchiveEntry(name, ParseEntry(name, bytes, options, null, redactor)));
        }

        return entries.AsReadOnly();
    }

    /// <summary>
    /// Parses the body of a ZIP response from <see cref="TransparencyClient"/>; see
    /// <see cref="ParseArchive(ReadOnlyMemory{byte}, TransparencyParseOptions?)"/>. A response that matched no data has no entries.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="options">A window applied to each entry and the archive limits; <see langword="null"/> for the defaults.</param>
    /// <returns>Every entry's document; empty when the query matched no data.</returns>
    /// <exception cref="TransparencyDocumentException">The body is not a ZIP archive, goes beyond a limit, or holds an entry this parser cannot read.</exception>
    /// <exception cref="ArgumentException">The window in <paramref name="options"/> ends before it starts.</exception>
    public static IReadOnlyList<TransparencyArchiveEntry> ParseArchive(TransparencyResponse response, TransparencyParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.IsEmpty ? [] : RedactedBy(response.Redactor, () => ArchiveOf(response.Content, options, response.Redactor));
    }

    /// <summary>
    /// Parses outage documents (<c>Unavailability_MarketDocument</c>: unavailability of production units A77, transmission
    /// A78, offshore grid A79, generation units A80): a ZIP archive of one document per outage, as the platform sends
    /// them, or a single document. Acknowledgement entries (parts of the query that matched nothing) are left out.
    /// The archive limits of <paramref name="options"/> apply; an outage is kept whole when its interval overlaps
    /// <see cref="TransparencyParseOptions.Window"/> (or states none) and dropped otherwise.
    /// </summary>
    /// <param name="content">A ZIP archive or one XML document.</param>
    /// <param name="options">A window and the archive limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The outages, one per <c>TimeSeries</c>, in archive and document order.</returns>
    /// <exception cref="TransparencyDocumentException">
    /// A document is not an outage document or cannot be read, an entry is not XML, or the archive goes beyond a limit;
    /// the message names the entry.
    /// </exception>
    /// <exception cref="ArgumentException">The window in <paramref name="options"/> ends before it starts.</exception>
    public static IReadOnlyList<Outage> ParseOutages(ReadOnlyMemory<byte> content, TransparencyParseOptions? options = null) =>
        OutagesOf(content, options, null);

    private static IReadOnlyList<Outage> OutagesOf(ReadOnlyMemory<byte> content, TransparencyParseOptions? options, Redactor? redactor)
    {
        ValidateOptions(options);
        var outages = new List<Outage>();
        if (DocumentInspector.IsZip(content.Span))
        {
            foreach (var (name, bytes) in Entries(content, options))
            {
                RequireOutageDocument(ParseEntry(name, bytes, options, outages, redactor), name);
            }
        }
        else
        {
            RequireOutageDocument(ParseBytes(content, null, outages, redactor), null);
        }

        if (options?.Window is { } window)
        {
            outages.RemoveAll(o => o.Interval is { } interval && (interval.End <= window.Start || interval.Start >= window.End));
        }

        return outages.AsReadOnly();
    }

    /// <summary>
    /// Parses the outages of a response from <see cref="TransparencyClient"/>; see
    /// <see cref="ParseOutages(ReadOnlyMemory{byte}, TransparencyParseOptions?)"/>.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="options">A window and the archive limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The outages; empty when the query matched no data.</returns>
    /// <exception cref="TransparencyDocumentException">A document is not an outage document or cannot be read, or the archive goes beyond a limit.</exception>
    /// <exception cref="ArgumentException">The window in <paramref name="options"/> ends before it starts.</exception>
    public static IReadOnlyList<Outage> ParseOutages(TransparencyResponse response, TransparencyParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.IsEmpty ? [] : RedactedBy(response.Redactor, () => OutagesOf(response.Content, options, response.Redactor));
    }

    private static IEnumerable<(string Name, ReadOnlyMemory<byte> Content)> Entries(ReadOnlyMemory<byte> content, TransparencyParseOptions? options) =>
        ArchiveReader.Read(
            content,
            options?.MaxArchiveEntries ?? TransparencyParseOptions.DefaultMaxArchiveEntries,
            options?.MaxArchiveUncompressedBytes ?? TransparencyParseOptions.DefaultMaxArchiveUncompressedBytes);

    private static void RequireZip(ReadOnlyMemory<byte> content)
    {
        if (!DocumentInspector.IsZip(content.Span))
        {
            throw new TransparencyDocumentException("The content is not a ZIP archive (it does not start with the signature PK\\x03\\x04); parse it with Parse.");
        }
    }

    private static void RequireOutageDocument(TransparencyDocument document, string? entry)
    {
        if (document.Kind is not (TransparencyDocumentKind.Unavailability or TransparencyDocumentKind.Acknowledgement))
        {
            var where = entry is null ? "The document" : $"The archive entry '{ArchiveReader.Label(entry)}'";
            throw new TransparencyDocumentException($"{where} is a {document.RootElement}, not an Unavailability_MarketDocument with outages.");
        }
    }

    private static TransparencyDocument ParseEntry(string name, ReadOnlyMemory<byte> content, TransparencyParseOptions? options, List<Outage>? outages, Redactor? redactor)
    {
        if (!LooksLikeXml(content.Span))
        {
            var start = Convert.ToHexString(content.Span[..Math.Min(content.Length, 4)]);
            throw new TransparencyDocumentException(
                $"The archive entry '{ArchiveReader.Label(name)}' is not an XML document (its first bytes are {(start.Length == 0 ? "none: it is empty" : "0x" + start)}); " +
                "the platform's archives hold XML documents only.");
        }

        try
        {
            return ParseBytes(content, options, outages, redactor);
        }
        catch (TransparencyDocumentException e)
        {
            throw new TransparencyDocumentException($"The archive entry '{ArchiveReader.Label(name)}': {e.Message}", e.LineNumber ?? 0, e.LinePosition ?? 0, e);
        }
    }

    // A byte-order mark, then optional white space, then '<': what every XML document starts with. A PDF ("%PDF"), a CSV
    // or a nested archive ("PK") does not, and saying so beats an XmlReader's "data at the root level is invalid".
    private static bool LooksLikeXml(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return true;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        content = content.TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        return !content.IsEmpty && content[0] == (byte)'<';
    }

    private static TransparencyDocument ParseBytes(ReadOnlyMemory<byte> content, TransparencyParseOptions? options, List<Outage>? outages = null, Redactor? redactor = null)
    {
        if (DocumentInspector.IsZip(content.Span))
        {
            throw new TransparencyDocumentException("The content is a ZIP archive, not an XML document; parse it with ParseArchive (or ParseOutages).");
        }

        return ParseCore(() => SafeXmlReader.Create(content), options, outages, redactor);
    }

    private static TransparencyDocument ParseCore(Stream content, TransparencyParseOptions? options, List<Outage>? outages = null, Redactor? redactor = null) =>
        ParseCore(() => SafeXmlReader.Create(content), options, outages, redactor);

    // The reader is opened inside the handler, so that an error in opening it reads like any other.
    private static TransparencyDocument ParseCore(Func<XmlReader> open, TransparencyParseOptions? options, List<Outage>? outages, Redactor? redactor)
    {
        try
        {
            using var xml = open();

            // Outages keep their stated steps, so the window does not narrow them here.
            using var reader = new DocumentReader(xml, outages is null ? PointWindow.Of(options) : null, readOutages: outages is not null);
            var document = reader.Read();
            outages?.AddRange(reader.Outages);
            return document;
        }
        catch (TransparencyDocumentException e)
        {
            throw WithoutLongValues(e.Message, e.LineNumber ?? 0, e.LinePosition ?? 0, e.InnerException, e, redactor);
        }
        catch (XmlException e)
        {
            var dtd = e.Message.Contains("DTD", StringComparison.Ordinal) ? " Documents with a DTD are refused: the platform never sends one." : string.Empty;
            throw WithoutLongValues($"The content is not well-formed XML the parser accepts: {e.Message}{dtd}", e.LineNumber, e.LinePosition, e, null, redactor);
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

    // A message about a value quotes the document, which is not ours: the token a response's credential holds is
    // masked first (so the message still says where it was), then a value longer than any number or instant is
    // described rather than shown (QuotedValues), whoever parses. The cause stays attached only when its own text
    // was safe to show; otherwise a stand-in carries the safe text.
    private static TransparencyDocumentException WithoutLongValues(string message, int line, int column, Exception? cause, TransparencyDocumentException? original, Redactor? redactor)
    {
        var safe = Safe(message, redactor);
        if (original is not null && string.Equals(safe, message, StringComparison.Ordinal))
        {
            return original;
        }

        var inner = cause is null || string.Equals(Safe(cause.Message, redactor), cause.Message, StringComparison.Ordinal)
            ? cause
            : new RedactedException($"{cause.GetType().FullName}: {Safe(cause.Message, redactor)}");
        return new TransparencyDocumentException(safe, line, column, inner);
    }

    // A response knows the credential that fetched it: the client's redactor sees each parse error about its body
    // before the caller does, so a document echoing the token cannot carry it into an exception.
    private static string Safe(string text, Redactor? redactor) => QuotedValues.Describe(redactor?.Redact(text) ?? text);

    private static T RedactedBy<T>(Redactor? redactor, Func<T> parse) => redactor is null ? parse() : redactor.RedactErrorsOf(parse);

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
