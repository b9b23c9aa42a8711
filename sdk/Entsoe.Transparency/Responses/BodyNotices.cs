using System.Globalization;
using System.Text.RegularExpressions;

namespace Entsoe.Transparency;

/// <summary>Reads the few facts the platform states in error bodies as plain text.</summary>
internal static partial class BodyNotices
{
    /// <summary>"Requester banned until '2026-11-27T12:34:56.000Z'": the end of the ban, when the text says so.</summary>
    public static DateTimeOffset? BannedUntil(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var match = BanPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["time"].Value.Trim();
        if (value.EndsWith("UTC", StringComparison.OrdinalIgnoreCase))
        {
            value = string.Concat(value.AsSpan(0, value.Length - 3).TrimEnd(), "Z");
        }

        // Liberal on purpose: with or without milliseconds, 'T' or a space, 'Z', an offset or nothing (read as UTC).
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var until)
            ? until
            : null;
    }

    /// <summary>"…exceeds allowed limit. Requested 1234 documents but allowed 100": true plus the counts when stated.</summary>
    public static bool IsTooLarge(string? text, out int? requested, out int? allowed)
    {
        var notice = TooLarge(text);
        requested = notice?.RequestedCount;
        allowed = notice?.AllowedCount;
        return notice is not null;
    }

    /// <summary>
    /// Reads a "query too large" text: which limit (period, instances, documents) and the numbers it states; null when
    /// the text is some other refusal. The platform is known to send "Provided time interval (A - B) is larger than
    /// maximum allowed period 'P1Y' for 'ENERGY_PRICES:XML' export.", "The number of instances (149) exceeds the
    /// allowed maximum (100)." and "The amount of requested data exceeds allowed limit …" with the requested and
    /// allowed document counts; other phrasings of the same facts ("period too long", "too many documents", "exceeds
    /// the allowed maximum of 365 days") are read as well.
    /// </summary>
    public static TooLargeNotice? TooLarge(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // A stated period limit wins; otherwise a count named in the text (instances, documents) does, so "instances
        // for this period exceed the maximum" is a count limit; a period that is too long without counts is a period limit.
        var counted = TooLargePattern().IsMatch(text);
        var limit = AllowedPeriodNamedPattern().IsMatch(text) ? TransparencyQueryLimit.Period
            : counted && InstancesPattern().IsMatch(text) ? TransparencyQueryLimit.Instances
            : counted && DocumentsPattern().IsMatch(text) ? TransparencyQueryLimit.Documents
            : PeriodPattern().IsMatch(text) ? TransparencyQueryLimit.Period
            : counted ? TransparencyQueryLimit.Unknown
            : (TransparencyQueryLimit?)null;
        return limit switch
        {
            null => null,
            TransparencyQueryLimit.Period => new TooLargeNotice(TransparencyQueryLimit.Period, null, null, RequestedPeriodOf(text), AllowedPeriodOf(text)),
            _ => new TooLargeNotice(limit.Value, Number(RequestedCountPattern().Match(text)), Number(AllowedCountPattern().Match(text)), null, null),
        };
    }

    /// <summary>True for the "No matching data found" acknowledgement text.</summary>
    public static bool IsNoMatchingData(AcknowledgementReason reason) =>
        reason.Text?.Contains("No matching data", StringComparison.OrdinalIgnoreCase) == true;

    private static int? Number(Match match) =>
        match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static TimeSpan? RequestedPeriodOf(string text)
    {
        var interval = IntervalPattern().Match(text);
        if (interval.Success
            && DateTimeOffset.TryParse(interval.Groups["from"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var from)
            && DateTimeOffset.TryParse(interval.Groups["to"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var to)
            && to > from)
        {
            return to - from;
        }

        // Only units of a fixed length: "400 days" is a duration, "13 months" is not.
        var units = RequestedUnitsPattern().Match(text);
        if (Number(units) is not { } n)
        {
            return null;
        }

        return char.ToUpperInvariant(units.Groups["unit"].Value[0]) switch
        {
            'D' => TimeSpan.FromDays(n),
            'W' => TimeSpan.FromDays(7 * n),
            'H' => TimeSpan.FromHours(n),
            _ => null,
        };
    }

    private static string? AllowedPeriodOf(string text)
    {
        var iso = IsoPeriodPattern().Match(text);
        if (iso.Success)
        {
            return iso.Groups["iso"].Value.ToUpperInvariant();
        }

        var units = AllowedUnitsPattern().Match(text);
        if (Number(units) is not { } n)
        {
            return null;
        }

        var unit = char.ToUpperInvariant(units.Groups["unit"].Value[0]);
        return unit == 'H'
            ? string.Create(CultureInfo.InvariantCulture, $"PT{n}H")
            : string.Create(CultureInfo.InvariantCulture, $"P{n}{unit}");
    }

    [GeneratedRegex(@"banned\s+until\s*[:]?\s*['""]?(?<time>\d{4}-\d{2}-\d{2}[T ][0-9:.,]+(?:\s*(?:Z|UTC|[+-]\d{2}:?\d{2}))?)['""]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BanPattern();

    // Any refusal for asking too much of a count: the platform's own phrasings and plain-English ones of the same facts.
    [GeneratedRegex(@"exceeds\s+(?:the\s+)?(?:allowed|maximum|limit)|too\s+many\s+(?:documents|instances|items|elements|time\s*series)|amount\s+of\s+requested\s+data|limited\s+to\s+\d+\s+(?:documents|instances|items|elements)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TooLargePattern();

    // "… is larger than maximum allowed period 'P1M' …" (what the platform sends), "period too long", "the requested
    // period exceeds …": a limit on the period, whatever counts the text also gives.
    [GeneratedRegex(@"maximum\s+allowed\s+period|(?:period|time\s+interval|time\s+range|date\s+range)\b[^.]{0,120}?(?:too\s+long|exceed|larger\s+than|longer\s+than)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"maximum\s+allowed\s+period|allowed\s+(?:maximum\s+)?period", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllowedPeriodNamedPattern();

    [GeneratedRegex(@"\binstances?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InstancesPattern();

    [GeneratedRegex(@"\b(?:documents?|items?|elements?)\b|amount\s+of\s+requested\s+data", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentsPattern();

    // "The number of instances (149)", "Requested 1234 documents", "requested for 204", "Requested: 600".
    [GeneratedRegex(@"(?:number\s+of\s+(?:instances|documents|items|elements)(?:\s+requested)?|requested(?:\s+for)?)(?:\s+(?:is|was))?\s*[:(]?\s*(?<n>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestedCountPattern();

    // "the allowed maximum (100)", "but allowed 100", "allowed limit of 500", "limited to 200", "maximum allowed: 100".
    [GeneratedRegex(@"(?:allowed(?:\s+(?:maximum|max|limit))?|maximum(?:\s+allowed)?|limit(?:ed)?(?:\s+to)?)(?:\s+(?:is|are|of))?\s*[:(]?\s*(?<n>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllowedCountPattern();

    // "Provided time interval (2021-12-30T23:00Z[UTC] - 2023-01-01T23:00Z[UTC])": the platform adds a zone name in brackets.
    [GeneratedRegex(@"(?<from>\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)(?:\[[^\]]*\])?\s*(?:-|/|to)\s*(?<to>\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntervalPattern();

    // "requested period of 400 days", "requested 400 days".
    [GeneratedRegex(@"requested\D{0,30}?(?<n>\d+)\s*(?<unit>year|month|week|day|hour)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestedUnitsPattern();

    // "maximum allowed period 'P1M'": an ISO 8601 duration in quotes.
    [GeneratedRegex(@"['""](?<iso>P(?:\d+[YMWD])+|PT\d+[HM])['""]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsoPeriodPattern();

    // "allowed maximum of 365 days", "at most 1 year", "limit is 1 month".
    [GeneratedRegex(@"(?:allowed|maximum|max|limit|at\s+most)\D{0,30}?(?<n>\d+)\s*(?<unit>year|month|week|day|hour)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllowedUnitsPattern();
}
