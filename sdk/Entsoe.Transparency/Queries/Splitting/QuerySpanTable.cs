using System.Collections.Frozen;

namespace Entsoe.Transparency;

/// <summary>
/// The longest period one request may cover, per data item: the document type, refined by the process or business
/// type where the platform's limit depends on them. Items not listed get <see cref="DefaultSpan"/>, one year, the
/// limit the platform applies to most items.
/// </summary>
public static class QuerySpanTable
{
    /// <summary>The span for an item the table does not list: one year.</summary>
    public static QuerySpan DefaultSpan { get; } = QuerySpan.FromYears(1);

    private static readonly FrozenDictionary<Key, QuerySpan> Entries = new Dictionary<Key, QuerySpan>
    {
        // The Web API user guide states "one year range limit applies" for most items, and entsoe-py wraps their
        // queries in year_limited. Listed so the table names every item the SDK types: day-ahead prices, load and
        // forecasts, generation per type, forecasts, flows, exchanges, transfer capacity, imbalance, outages.
        [new("A44")] = QuerySpan.FromYears(1),
        [new("A65")] = QuerySpan.FromYears(1),
        [new("A75")] = QuerySpan.FromYears(1),
        [new("A69")] = QuerySpan.FromYears(1),
        [new("A71")] = QuerySpan.FromYears(1),
        [new("A11")] = QuerySpan.FromYears(1),
        [new("A09")] = QuerySpan.FromYears(1),
        [new("A61")] = QuerySpan.FromYears(1),
        [new("A85")] = QuerySpan.FromYears(1),
        [new("A86")] = QuerySpan.FromYears(1),
        [new("A77")] = QuerySpan.FromYears(1),
        [new("A78")] = QuerySpan.FromYears(1),
        [new("A79")] = QuerySpan.FromYears(1),
        [new("A80")] = QuerySpan.FromYears(1),

        // Balancing: procured capacity (A15), contracted reserves (A81), activated energy (A83) and its prices (A84);
        // entsoe-py wraps each in year_limited. A15 and A81 are paged as well (OffsetPagingPlan).
        [new("A15")] = QuerySpan.FromYears(1),
        [new("A81")] = QuerySpan.FromYears(1),
        [new("A83")] = QuerySpan.FromYears(1),
        [new("A84")] = QuerySpan.FromYears(1),
        // Offered transfer capacity (11.1 implicit and continuous, 11.1.A explicit): the guide's "one year range limit
        // applies", and entsoe-py wraps query_offered_capacity and query_intraday_offered_capacity in year_limited.
        [new("A31")] = QuerySpan.FromYears(1),

        // Actual generation per generation unit (16.1.A): the guide limits it to one day, and entsoe-py wraps
        // query_generation_per_plant in day_limited.
        [new("A73")] = QuerySpan.FromDays(1),

        // Current balancing state (documentType A86 with businessType B33, as entsoe-py's
        // query_current_balancing_state sends it): the guide's range limit for this item is 100 days.
        [new("A86", BusinessType: "B33")] = QuerySpan.FromDays(100),

        // Installed capacity per production type (14.1.A, A68) and per unit (14.1.B, A71 with processType A33) hold one
        // value per year; the guide sets them no range limit, so a multi-year history is one request (docs/design.md §4).
        [new("A68")] = QuerySpan.Unlimited,
        [new("A71", ProcessType: "A33")] = QuerySpan.Unlimited,
    }.ToFrozenDictionary();

    /// <summary>The maximum span for a data item.</summary>
    /// <param name="documentType">The <c>documentType</c> code, for example <c>A73</c>.</param>
    /// <param name="processType">The <c>processType</c> code, when the query has one.</param>
    /// <param name="businessType">The <c>businessType</c> code, when the query has one.</param>
    /// <returns>The most specific entry that matches, else <see cref="DefaultSpan"/>.</returns>
    public static QuerySpan GetMaximumSpan(string documentType, string? processType = null, string? businessType = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentType);
        var document = Normalise(documentType)!;
        var process = Normalise(processType);
        var business = Normalise(businessType);

        // Most specific first: an entry naming a business or process type overrides the document type's own.
        ReadOnlySpan<Key> candidates =
        [
            new(document, process, business),
            new(document, null, business),
            new(document, process, null),
            new(document),
        ];
        foreach (var key in candidates)
        {
            if (Entries.TryGetValue(key, out var span))
            {
                return span;
            }
        }

        return DefaultSpan;
    }

    /// <summary>The maximum span for <paramref name="query"/>, from its document type, process type and <c>businessType</c> parameter.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The most specific entry that matches, else <see cref="DefaultSpan"/>.</returns>
    public static QuerySpan GetMaximumSpan(TransparencyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? businessType = null;
        foreach (var (name, value) in query.Parameters)
        {
            if (string.Equals(name, "businessType", StringComparison.OrdinalIgnoreCase))
            {
                businessType = value;
                break;
            }
        }

        return GetMaximumSpan(query.DocumentType, query.ProcessType, businessType);
    }

    private static string? Normalise(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    private readonly record struct Key(string DocumentType, string? ProcessType = null, string? BusinessType = null);
}
