using System.Text;
using System.Text.RegularExpressions;

namespace Entsoe.Transparency;

/// <summary>
/// The one place that makes text safe to show: every log line, exception message and request description goes
/// through it. It removes every value the credential has held (plain and URL-encoded, any case) and the value of
/// any <c>securityToken</c> parameter or <c>SECURITY_TOKEN</c> header, whichever token it carries.
/// </summary>
internal sealed partial class Redactor(SecurityTokenCredential credential)
{
    internal const string Mask = "***";

    private const int DefaultExcerptLength = 300;

    /// <summary>Returns <paramref name="text"/> with every token removed.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = text;
        foreach (var value in credential.KnownValues)
        {
            result = result.Replace(value, Mask, StringComparison.OrdinalIgnoreCase);
            var escaped = Uri.EscapeDataString(value);
            if (!string.Equals(escaped, value, StringComparison.Ordinal))
            {
                result = result.Replace(escaped, Mask, StringComparison.OrdinalIgnoreCase);
            }
        }

        result = QueryTokenPattern().Replace(result, "$1" + Mask);
        return HeaderTokenPattern().Replace(result, "$1" + Mask);
    }

    /// <summary>Describes a request as method and URL, token removed: what a log line or exception may show.</summary>
    public string Describe(HttpMethod method, Uri uri) => Redact($"{method.Method} {uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)}");

    /// <summary>
    /// A short, single-line, redacted excerpt of a response body for an exception message. Redaction comes before
    /// truncation, so a cut can never leave part of a token behind.
    /// </summary>
    public string Excerpt(ReadOnlySpan<byte> body, int maxLength = DefaultExcerptLength)
    {
        if (body.IsEmpty)
        {
            return string.Empty;
        }

        var text = Encoding.UTF8.GetString(body.Length > 64 * 1024 ? body[..(64 * 1024)] : body);
        if (LooksLikeHtml(text))
        {
            text = TagPattern().Replace(text, " ");
            text = System.Net.WebUtility.HtmlDecode(text);
        }

        text = WhitespacePattern().Replace(Redact(text), " ").Trim();
        return text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength), "…");
    }

    /// <summary>
    /// Returns <paramref name="exception"/> itself when its full text holds no token, otherwise a stand-in that
    /// keeps its type name and redacted message, so an inner exception cannot carry a token out.
    /// </summary>
    public Exception? SafeInner(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var full = exception.ToString();
        return string.Equals(Redact(full), full, StringComparison.Ordinal)
            ? exception
            : new RedactedException($"{exception.GetType().FullName}: {Redact(exception.Message)}");
    }

    internal static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(securityToken\s*(?:=|%3D)\s*)[^&\s'""<>#]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryTokenPattern();

    [GeneratedRegex(@"(SECURITY_TOKEN[""']?\s*[:=]\s*[""']?)[^\s""'<>,;&]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderTokenPattern();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespacePattern();
}
