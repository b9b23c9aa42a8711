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
        requested = null;
        allowed = null;
        if (string.IsNullOrEmpty(text) || !TooLargePattern().IsMatch(text))
        {
            return false;
        }

        var counts = CountsPattern().Match(text);
        if (counts.Success)
        {
            requested = int.TryParse(counts.Groups["requested"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
            allowed = int.TryParse(counts.Groups["allowed"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;
        }

        return true;
    }

    /// <summary>True for the "No matching data found" acknowledgement text.</summary>
    public static bool IsNoMatchingData(AcknowledgementReason reason) =>
        reason.Text?.Contains("No matching data", StringComparison.OrdinalIgnoreCase) == true;

    [GeneratedRegex(@"banned\s+until\s*[:]?\s*['""]?(?<time>\d{4}-\d{2}-\d{2}[T ][0-9:.,]+(?:\s*(?:Z|UTC|[+-]\d{2}:?\d{2}))?)['""]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BanPattern();

    [GeneratedRegex(@"exceeds\s+(the\s+)?allowed\s+limit|too\s+many\s+(documents|instances)|amount\s+of\s+requested\s+data", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TooLargePattern();

    [GeneratedRegex(@"requested\s+(?<requested>\d+)\D{0,40}?allowed\s+(?:is\s+|are\s+|max(?:imum)?\s+)?(?<allowed>\d+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountsPattern();
}
