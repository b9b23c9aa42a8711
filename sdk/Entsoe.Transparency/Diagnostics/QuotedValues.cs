using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Entsoe.Transparency;

/// <summary>
/// Keeps a message from quoting a long value. A number or an instant the platform writes fits in
/// <see cref="MaxQuotedLength"/> characters; a security token does not (a UUID has 36, a prefixed token 40), so a
/// quoted value longer than that is replaced by its length and the kinds of characters it holds. This holds whoever
/// parses, with or without a credential to redact with.
/// </summary>
internal static partial class QuotedValues
{
    /// <summary>The longest value quoted as it is: room for any decimal (29 digits, sign, point) and any ISO 8601 instant with an offset.</summary>
    internal const int MaxQuotedLength = 32;

    /// <summary>Returns <paramref name="message"/> with every quoted value longer than <see cref="MaxQuotedLength"/> described instead of shown.</summary>
    public static string Describe(string message) =>
        string.IsNullOrEmpty(message) ? string.Empty : QuotedPattern().Replace(message, m =>
        {
            var value = m.Groups["v"].Value;
            return value.Length <= MaxQuotedLength || DocumentRootPattern().IsMatch(value) ? m.Value : Shape(value);
        });

    // "a 37-character value of letters, digits and '-' (not shown)"; a value the reader already cut ends in "…".
    private static string Shape(string value)
    {
        var cut = value.EndsWith('…');
        var body = cut ? value[..^1] : value;
        var kinds = new List<string>();
        if (body.Any(char.IsLetter))
        {
            kinds.Add("letters");
        }

        if (body.Any(char.IsDigit))
        {
            kinds.Add("digits");
        }

        if (body.Any(char.IsWhiteSpace))
        {
            kinds.Add("spaces");
        }

        var others = new StringBuilder();
        foreach (var c in body.Where(c => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c)).Distinct().Take(6))
        {
            others.Append(others.Length == 0 ? string.Empty : " ").Append('\'').Append(char.IsControl(c) ? '?' : c).Append('\'');
        }

        if (others.Length > 0)
        {
            kinds.Add(others.ToString());
        }

        var length = cut
            ? string.Create(CultureInfo.InvariantCulture, $"a value of more than {body.Length} characters")
            : string.Create(CultureInfo.InvariantCulture, $"a {body.Length}-character value");
        var of = kinds.Count switch
        {
            0 => string.Empty,
            1 => " of " + kinds[0],
            _ => " of " + string.Join(", ", kinds.Take(kinds.Count - 1)) + " and " + kinds[^1],
        };
        return $"{length}{of} (too long for a number or an instant, so not shown)";
    }

    // The name of a document family ("Criticalnetworkelement_MarketDocument") is shown whatever its length: no token
    // has that form (a UUID has digits and '-', a prefixed token is 'etp_' and 36 base62 characters).
    [GeneratedRegex(@"^[A-Za-z]+_MarketDocument$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentRootPattern();

    // A quote that opens after a space, bracket, colon or the start and closes before a space, punctuation or the end:
    // "the platform's archives" has no opening quote.
    [GeneratedRegex(@"(?<=^|[\s(\[:=])(?<q>['""])(?<v>[^'""\r\n]+?)\k<q>(?=$|[\s)\],.;:!?])", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPattern();
}
