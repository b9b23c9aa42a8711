using System.Globalization;

namespace Entsoe.Transparency.Migrator.Invocation;

/// <summary>Parses durations a DBA types: <c>90s</c>, <c>30m</c>, <c>2h</c>, or <c>hh:mm:ss</c>.</summary>
internal static class DurationParser
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a positive duration.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var unit = char.ToLowerInvariant(text[^1]);
        if (unit is 's' or 'm' or 'h' && double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            duration = unit switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }
        else if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out duration))
        {
            return false;
        }

        return duration > TimeSpan.Zero;
    }
}
