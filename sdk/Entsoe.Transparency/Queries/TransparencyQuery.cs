using System.Globalization;
using System.Text;

namespace Entsoe.Transparency;

/// <summary>
/// A raw query: the platform's own parameter names and codes (see its "Web API user guide"), for any data item.
/// The security token is never a parameter here; the credential adds it.
/// </summary>
public sealed class TransparencyQuery
{
    private readonly List<KeyValuePair<string, string>> parameters = [];

    /// <summary>Creates a query for <paramref name="documentType"/> (for example <c>A44</c>, day-ahead prices).</summary>
    /// <param name="documentType">The <c>documentType</c> code.</param>
    public TransparencyQuery(string documentType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentType);
        DocumentType = documentType.Trim();
    }

    /// <summary>The <c>documentType</c> code.</summary>
    public string DocumentType { get; }

    /// <summary>The <c>processType</c> code (for example <c>A01</c>, day ahead), when the data item needs one.</summary>
    public string? ProcessType { get; set; }

    /// <summary>The start of the period (<c>periodStart</c>), sent in UTC to the minute.</summary>
    public DateTimeOffset? PeriodStart { get; set; }

    /// <summary>The end of the period (<c>periodEnd</c>), sent in UTC to the minute.</summary>
    public DateTimeOffset? PeriodEnd { get; set; }

    /// <summary>
    /// Overrides <see cref="TransparencyClientOptions.ThrowOnNoMatchingData"/> for this query: true throws
    /// <see cref="TransparencyNoMatchingDataException"/> when nothing matches, false returns an empty response.
    /// </summary>
    public bool? ThrowOnNoMatchingData { get; set; }

    /// <summary>The domain and extra parameters, in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => parameters;

    /// <summary>Adds a domain parameter such as <c>in_Domain</c>, <c>out_Domain</c> or <c>biddingZone_Domain</c>.</summary>
    /// <param name="parameterName">The parameter's name, as the platform spells it.</param>
    /// <param name="eic">The area's EIC code (for example <c>10Y1001A1001A82H</c>); trimmed and upper-cased.</param>
    /// <returns>This query.</returns>
    /// <exception cref="ArgumentException"><paramref name="eic"/> is not an EIC code (length, characters or check character; see <see cref="EicCode"/>).</exception>
    public TransparencyQuery WithDomain(string parameterName, string eic) => WithParameter(parameterName, EicCode.Validate(eic, nameof(eic)));

    /// <summary>Adds any other parameter (for example <c>businessType</c>, <c>psrType</c>, <c>offset</c>).</summary>
    /// <param name="name">The parameter's name, as the platform spells it.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This query.</returns>
    /// <exception cref="ArgumentException">The name is empty, reserved, or <c>securityToken</c>.</exception>
    public TransparencyQuery WithParameter(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        if (string.Equals(name, "securityToken", StringComparison.OrdinalIgnoreCase))
        {
            // The value is not echoed anywhere: it may be a token.
            throw new ArgumentException("Do not pass the security token as a query parameter; give it to SecurityTokenCredential, which adds it to each request.", nameof(name));
        }

        if (IsReserved(name))
        {
            throw new ArgumentException($"Set '{name}' through the query's own property, not as an extra parameter.", nameof(name));
        }

        parameters.Add(new KeyValuePair<string, string>(name.Trim(), value.Trim()));
        return this;
    }

    /// <summary>
    /// A copy of this query for one chunk of its period and, when <paramref name="offset"/> is given, one page: what
    /// <see cref="TransparencyClient.QueryAllAsync"/> sends. An empty chunk never throws, whatever the caller asked.
    /// </summary>
    internal TransparencyQuery ForPage(QueryChunk chunk, int? offset)
    {
        var copy = new TransparencyQuery(DocumentType)
        {
            ProcessType = ProcessType,
            PeriodStart = chunk.Start,
            PeriodEnd = chunk.End,
            ThrowOnNoMatchingData = false,
        };
        copy.parameters.AddRange(parameters);
        if (offset is { } value)
        {
            copy.parameters.Add(new KeyValuePair<string, string>("offset", value.ToString(CultureInfo.InvariantCulture)));
        }

        return copy;
    }

    /// <summary>True when the caller set <c>offset</c> as an extra parameter (and so pages by hand).</summary>
    internal bool HasOffset => parameters.Exists(p => string.Equals(p.Key, "offset", StringComparison.OrdinalIgnoreCase));

    /// <summary>The query string, without the token (for example <c>documentType=A44&amp;periodStart=…</c>).</summary>
    public override string ToString() => BuildQueryString();

    internal string BuildQueryString()
    {
        if (PeriodStart is { } start && PeriodEnd is { } end && end <= start)
        {
            throw new ArgumentException($"PeriodEnd ({end:O}) must be after PeriodStart ({start:O}).");
        }

        var builder = new StringBuilder();
        Append(builder, "documentType", DocumentType);
        if (!string.IsNullOrWhiteSpace(ProcessType))
        {
            Append(builder, "processType", ProcessType.Trim());
        }

        foreach (var (name, value) in parameters)
        {
            Append(builder, name, value);
        }

        if (PeriodStart is { } periodStart)
        {
            Append(builder, "periodStart", FormatInstant(periodStart, nameof(PeriodStart)));
        }

        if (PeriodEnd is { } periodEnd)
        {
            Append(builder, "periodEnd", FormatInstant(periodEnd, nameof(PeriodEnd)));
        }

        return builder.ToString();
    }

    private static bool IsReserved(string name) =>
        name.Trim() is var n && (string.Equals(n, "documentType", StringComparison.OrdinalIgnoreCase)
            || string.Equals(n, "processType", StringComparison.OrdinalIgnoreCase)
            || string.Equals(n, "periodStart", StringComparison.OrdinalIgnoreCase)
            || string.Equals(n, "periodEnd", StringComparison.OrdinalIgnoreCase));

    // The platform's format is yyyyMMddHHmm in UTC; a second would be silently dropped, so it is refused instead.
    private static string FormatInstant(DateTimeOffset instant, string name)
    {
        var utc = instant.UtcDateTime;
        if (utc.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            throw new ArgumentException($"{name} ({instant:O}) must be a whole minute: the platform takes yyyyMMddHHmm.", name);
        }

        return utc.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
    }

    private static void Append(StringBuilder builder, string name, string value)
    {
        if (builder.Length > 0)
        {
            builder.Append('&');
        }

        builder.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }
}
