namespace Entsoe.Transparency;

/// <summary>Options of <see cref="TransparencyDocumentParser"/>.</summary>
public sealed class TransparencyParseOptions
{
    /// <summary>The default of <see cref="MaxArchiveEntries"/>: 2,000.</summary>
    public const int DefaultMaxArchiveEntries = 2_000;

    /// <summary>The default of <see cref="MaxArchiveUncompressedBytes"/>: 256 MiB.</summary>
    public const long DefaultMaxArchiveUncompressedBytes = 256L * 1024 * 1024;

    private readonly int maxArchiveEntries = DefaultMaxArchiveEntries;
    private readonly long maxArchiveUncompressedBytes = DefaultMaxArchiveUncompressedBytes;

    /// <summary>
    /// When set, only points whose interval starts inside this window (start inclusive, end exclusive) are kept;
    /// periods left without a point, and series left without a period, are dropped. Some data items return whole
    /// local days for a query in UTC, so the document can hold more than was asked for. <see langword="null"/>
    /// (the default) keeps every point.
    /// </summary>
    public UtcInterval? Window { get; init; }

    /// <summary>
    /// With <see cref="Window"/>, also keep points that start before the window but whose interval (one resolution
    /// step) reaches into it: a year's installed capacity stamped at local 1 January, or a month's value, then answers a
    /// window inside that year or month. <see langword="false"/> (the default) keeps only points starting in the window.
    /// </summary>
    public bool KeepOverlappingPoints { get; init; }

    /// <summary>
    /// When <see langword="true"/>, an <c>Acknowledgement_MarketDocument</c> parsed on its own throws (an entry of a
    /// ZIP archive never does: it is reported as an acknowledgement document): a
    /// <see cref="TransparencyNoMatchingDataException"/> for "No matching data found", otherwise a
    /// <see cref="TransparencyBadRequestException"/> carrying the reason code and text. When
    /// <see langword="false"/> (the default) it is returned as a document of kind
    /// <see cref="TransparencyDocumentKind.Acknowledgement"/> with no time series.
    /// </summary>
    public bool ThrowOnAcknowledgement { get; init; }

    /// <summary>
    /// The most entries a ZIP archive may hold (<see cref="TransparencyDocumentParser.ParseArchive(ReadOnlyMemory{byte}, TransparencyParseOptions?)"/>);
    /// a larger one is refused before any entry is read. The platform puts at most 200 outage documents in one response
    /// (one per entry), so the default of 2,000 leaves tenfold headroom while keeping an archive of millions of tiny
    /// entries from costing that many parses.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxArchiveEntries
    {
        get => maxArchiveEntries;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxArchiveEntries = value;
        }
    }

    /// <summary>
    /// The most bytes the entries of a ZIP archive may inflate to, all together. Checked twice: against the sizes the
    /// archive declares, before anything is inflated, and against the bytes actually inflated, since a hostile archive
    /// can declare less than it holds. Entries are inflated into memory one at a time and nothing is written to disk.
    /// The default, 256 MiB, is far above a genuine response (a year of 15-minute dual imbalance prices is roughly 10 MB
    /// of XML; a page of 200 outage documents a few MB) and far below what a deflate bomb (ratios above 1,000:1) could
    /// make of a response the client accepted (<see cref="TransparencyClientOptions.MaxResponseBytes"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public long MaxArchiveUncompressedBytes
    {
        get => maxArchiveUncompressedBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxArchiveUncompressedBytes = value;
        }
    }
}
