using System.Collections.Frozen;

namespace Entsoe.Transparency;

/// <summary>
/// How to page an endpoint that caps the documents per response and takes an <c>offset</c> parameter: offsets 0,
/// <see cref="Stride"/>, 2 × <see cref="Stride"/>… until a page comes back short or empty.
/// </summary>
/// <remarks>
/// The platform serves no offset above <see cref="PlatformMaximumOffset"/> (4800). entsoe-py stops there without a
/// word, returning a truncated result; this plan does not. If the page at the highest offset is full, more documents
/// may exist that no request can reach, so <see cref="NextOffset"/> and the enumerator of <see cref="Offsets"/> throw
/// <see cref="TransparencyOffsetLimitException"/>, telling the caller to narrow the period or the query.
/// </remarks>
// Internal: paging is what QueryAllAsync does for the caller. The facts a caller paging by hand needs (the page size per
// item, the last offset 4800) are documented in docs/sdk.md, and IsLastPage needs a document count only the client takes.
internal sealed class OffsetPagingPlan
{
    /// <summary>The highest <c>offset</c> the platform accepts (its Web API user guide: offset 0 to 4800).</summary>
    public const int PlatformMaximumOffset = 4800;

    // Outages (unavailability of production and generation units, transmission and offshore grid): up to 200
    // documents per response, so entsoe-py pages _query_unavailability by 200 (docs/design.md §4).
    private static readonly OffsetPagingPlan Outages = new(200);

    // Day-ahead prices and contracted reserves (amounts and prices): 100 per response, entsoe-py's documents_limited(100).
    private static readonly OffsetPagingPlan Standard = new(100);

    // Procured balancing capacity (A15) and contracted reserves (A81) answer with a ZIP whose document holds the page's
    // series: a real A15 answer for one hour of DE was one entry of exactly 100 TimeSeries. So their page is counted in
    // series across the entries. Counting more than the platform pages by costs one empty request at most; counting
    // fewer (an entry each) would stop after the first page and silently drop the rest.
    private static readonly OffsetPagingPlan ArchiveSeries = new(100) { CountsArchiveSeries = true };

    private static readonly FrozenDictionary<string, OffsetPagingPlan> ByDocumentType = new Dictionary<string, OffsetPagingPlan>(StringComparer.OrdinalIgnoreCase)
    {
        ["A77"] = Outages,
        ["A78"] = Outages,
        ["A79"] = Outages,
        ["A80"] = Outages,
        ["A44"] = Standard,
        ["A15"] = ArchiveSeries,
        ["A81"] = ArchiveSeries,
        ["A89"] = Standard,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a plan with pages of <paramref name="stride"/> documents.</summary>
    /// <param name="stride">The documents one response holds at most: 1 to <see cref="PlatformMaximumOffset"/>.</param>
    public OffsetPagingPlan(int stride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stride, PlatformMaximumOffset);
        Stride = stride;
    }

    /// <summary>The documents one response holds at most, and the step between offsets.</summary>
    public int Stride { get; }

    /// <summary>
    /// Whether a ZIP page is counted in the <c>TimeSeries</c> of all its entries rather than in entries: the documents
    /// of a balancing archive hold the paged series.
    /// </summary>
    public bool CountsArchiveSeries { get; private init; }

    /// <summary>The highest offset this plan requests: the largest multiple of <see cref="Stride"/> not above <see cref="PlatformMaximumOffset"/>.</summary>
    public int MaximumOffset => PlatformMaximumOffset - (PlatformMaximumOffset % Stride);

    /// <summary>The plan for <paramref name="documentType"/>, or null when the endpoint takes no <c>offset</c> (one request per chunk).</summary>
    /// <param name="documentType">The <c>documentType</c> code, for example <c>A77</c>.</param>
    /// <returns>The plan, or null.</returns>
    public static OffsetPagingPlan? ForDocumentType(string documentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentType);
        return ByDocumentType.GetValueOrDefault(documentType.Trim());
    }

    /// <summary>Whether a page of <paramref name="documentsOnPage"/> documents is the last: it is short or empty.</summary>
    /// <param name="documentsOnPage">The documents the page held (0 for "no matching data").</param>
    /// <returns>True when paging should stop.</returns>
    public bool IsLastPage(int documentsOnPage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(documentsOnPage);
        return documentsOnPage < Stride;
    }

    /// <summary>
    /// The offsets to request in turn: 0, <see cref="Stride"/>, … up to <see cref="MaximumOffset"/>. Stop when
    /// <see cref="IsLastPage"/> says so; asking for an offset past <see cref="MaximumOffset"/> means the last page was
    /// full, and the enumerator throws <see cref="TransparencyOffsetLimitException"/> instead of ending quietly.
    /// </summary>
    /// <returns>The offsets, computed as they are enumerated.</returns>
    public IEnumerable<int> Offsets()
    {
        for (var offset = 0; offset <= MaximumOffset; offset += Stride)
        {
            yield return offset;
        }

        throw new TransparencyOffsetLimitException(MaximumOffset, Stride, PlatformMaximumOffset);
    }

    /// <summary>The offset to request after a page, or null when the page was the last.</summary>
    /// <param name="offset">The offset of the page just read: a multiple of <see cref="Stride"/>, at most <see cref="MaximumOffset"/>.</param>
    /// <param name="documentsOnPage">The documents the page held (0 for "no matching data").</param>
    /// <returns>The next offset, or null when the page was short or empty.</returns>
    /// <exception cref="TransparencyOffsetLimitException">The page at <see cref="MaximumOffset"/> was full.</exception>
    public int? NextOffset(int offset, int documentsOnPage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, MaximumOffset);
        if (offset % Stride != 0)
        {
            throw new ArgumentException($"The offset ({offset}) must be a multiple of the stride ({Stride}).", nameof(offset));
        }

        if (IsLastPage(documentsOnPage))
        {
            return null;
        }

        if (offset + Stride > MaximumOffset)
        {
            throw new TransparencyOffsetLimitException(offset, Stride, PlatformMaximumOffset);
        }

        return offset + Stride;
    }
}
