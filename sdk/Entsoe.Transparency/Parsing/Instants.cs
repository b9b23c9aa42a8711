using System.Globalization;

namespace Entsoe.Transparency;

/// <summary>Reads the platform's ISO 8601 instants, which usually omit the seconds (<c>2024-01-01T00:00Z</c>).</summary>
internal static class Instants
{
    // 'K' accepts 'Z', an offset or nothing; AssumeUniversal reads nothing as UTC, as the platform means it.
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    public static bool TryParse(ReadOnlySpan<char> value, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);

    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
