namespace Entsoe.Transparency;

/// <summary>The document-level fields read before and between the time series.</summary>
internal struct DocumentHeader
{
    public string? Id;
    public string? DocumentType;
    public string? ProcessType;
    public DateTimeOffset? CreatedAt;
    public UtcInterval? Interval;
    public int? RevisionNumber;
    public string? Status;
}
