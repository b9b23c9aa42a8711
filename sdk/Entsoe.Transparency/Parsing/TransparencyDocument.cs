namespace Entsoe.Transparency;

/// <summary>A parsed platform document: its header and its time series, or the reason of an acknowledgement.</summary>
public sealed class TransparencyDocument
{
    internal TransparencyDocument(
        TransparencyDocumentKind kind,
        string rootElement,
        string namespaceUri,
        DocumentHeader header,
        IReadOnlyList<TimeSeries> timeSeries,
        AcknowledgementReason? acknowledgement)
    {
        Kind = kind;
        RootElement = rootElement;
        NamespaceUri = namespaceUri;
        Id = header.Id;
        DocumentType = header.DocumentType;
        ProcessType = header.ProcessType;
        CreatedAt = header.CreatedAt;
        Interval = header.Interval;
        RevisionNumber = header.RevisionNumber;
        Status = header.Status;
        TimeSeries = timeSeries;
        Acknowledgement = acknowledgement;
    }

    /// <summary>The family of document, from the root element.</summary>
    public TransparencyDocumentKind Kind { get; }

    /// <summary>The root element's local name, for example <c>Publication_MarketDocument</c>.</summary>
    public string RootElement { get; }

    /// <summary>The root element's namespace, which carries the schema version (for example <c>…:publicationdocument:7:3</c>).</summary>
    public string NamespaceUri { get; }

    /// <summary>The document's <c>mRID</c>, when present.</summary>
    public string? Id { get; }

    /// <summary>The document <c>type</c>, for example <c>A44</c> (price document) or <c>A65</c> (system total load).</summary>
    public string? DocumentType { get; }

    /// <summary>The <c>process.processType</c>, for example <c>A01</c> (day ahead) or <c>A16</c> (realised), when present.</summary>
    public string? ProcessType { get; }

    /// <summary>The <c>createdDateTime</c> as a UTC instant, when present.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>The document's own time interval (<c>period.timeInterval</c>, <c>time_Period.timeInterval</c> and the like), when present.</summary>
    public UtcInterval? Interval { get; }

    /// <summary>The <c>revisionNumber</c>: outages and other documents are republished with a higher number when they change.</summary>
    public int? RevisionNumber { get; }

    /// <summary>The <c>docStatus/value</c>, for example <c>A05</c> (active), <c>A09</c> (cancelled) or <c>A13</c> (withdrawn), when present.</summary>
    public string? Status { get; }

    /// <summary>The time series in document order; empty for an acknowledgement.</summary>
    public IReadOnlyList<TimeSeries> TimeSeries { get; }

    /// <summary>True when the document is an <c>Acknowledgement_MarketDocument</c> rather than data.</summary>
    public bool IsAcknowledgement => Kind == TransparencyDocumentKind.Acknowledgement;

    /// <summary>The acknowledgement's first reason (code and text), when <see cref="IsAcknowledgement"/>.</summary>
    public AcknowledgementReason? Acknowledgement { get; }
}
