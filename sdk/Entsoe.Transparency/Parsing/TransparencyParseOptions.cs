namespace Entsoe.Transparency;

/// <summary>Options of <see cref="TransparencyDocumentParser"/>.</summary>
public sealed class TransparencyParseOptions
{
    /// <summary>
    /// When set, only points whose interval starts inside this window (start inclusive, end exclusive) are kept;
    /// periods left without a point, and series left without a period, are dropped. Some data items return whole
    /// local days for a query in UTC, so the document can hold more than was asked for. <see langword="null"/>
    /// (the default) keeps every point.
    /// </summary>
    public UtcInterval? Window { get; init; }

    /// <summary>
    /// When <see langword="true"/>, an <c>Acknowledgement_MarketDocument</c> throws: a
    /// <see cref="TransparencyNoMatchingDataException"/> for "No matching data found", otherwise a
    /// <see cref="TransparencyBadRequestException"/> carrying the reason code and text. When
    /// <see langword="false"/> (the default) it is returned as a document of kind
    /// <see cref="TransparencyDocumentKind.Acknowledgement"/> with no time series.
    /// </summary>
    public bool ThrowOnAcknowledgement { get; init; }
}
