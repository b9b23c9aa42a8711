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

    private KnownForms? known;

    /// <summary>Returns <paramref name="text"/> with every token removed.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = text;
        foreach (var value in Known().Values)
        {
            result = result.Replace(value, Mask, StringComparison.OrdinalIgnoreCase);
        }

        result = QueryTokenPattern().Replace(result, MaskValue);
        return HeaderTokenPattern().Replace(result, MaskValue);
    }

    /// <summary>Describes a request as method and URL, token removed: what a log line or exception may show.</summary>
    public string Describe(HttpMethod method, Uri uri) => Redact($"{method.Method} {uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)}");

    /// <summary>
    /// A short, single-line, redacted excerpt of a response body for an exception message. Redaction comes before
    /// truncation, so a cut can never leave part of a token behind.
    /// </summary>
    public string Excerpt(ReadOnlyMemory<byte> body, int maxLength = DefaultExcerptLength)
    {
        if (body.IsEmpty)
        {
            return string.Empty;
        }

        var text = Encoding.UTF8.GetString(body.Length > 64 * 1024 ? body.Span[..(64 * 1024)] : body.Span);
        if (LooksLikeMarkup(text))
        {
            // An acknowledgement's reason is what a reader needs; its prolog, namespaces and sender ids are not.
            var (root, reason) = DocumentInspector.Inspect(body);
            text = reason is not null
                ? $"{root}: reason {reason.Code ?? "(no code)"}: {reason.Text}"
                : System.Net.WebUtility.HtmlDecode(TagPattern().Replace(text, " "));
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

    // The forms to remove, plain and URL-encoded, kept while the credential's current value stays the same: every
    // update makes a new snapshot, so a changed snapshot is the only moment the list can have changed. The snapshot is
    // read before the list, so a list read during an update is at worst newer than its key, and is read again.
    private KnownForms Known()
    {
        var snapshot = credential.Current;
        var cached = Volatile.Read(ref known);
        if (cached is not null && ReferenceEquals(cached.Snapshot, snapshot))
        {
            return cached;
        }

        var forms = new List<string>();
        foreach (var value in credential.KnownValues)
        {
            forms.Add(value);
            var escaped = Uri.EscapeDataString(value);
            if (!string.Equals(escaped, value, StringComparison.Ordinal))
            {
                forms.Add(escaped);
            }
        }

        cached = new KnownForms(snapshot, [.. forms]);
        Volatile.Write(ref known, cached);
        return cached;
    }

    // Keeps what follows a token that is the sentence's, not the token's: "SECURITY_TOKEN: <t>)." keeps its ").".
    private static string MaskValue(Match match)
    {
        var value = match.Groups["value"].Value;
        var kept = value.AsSpan().TrimEnd(".,:;!?)]}");
        return string.Concat(match.Groups["name"].Value, Mask, value.AsSpan(kept.Length));
    }

    private static bool LooksLikeMarkup(string text) => LooksLikeHtml(text) || text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);

    /// <summary>
    /// Returns <paramref name="exception"/> itself when neither its message nor its inner exception holds a token,
    /// otherwise a copy with both redacted: a parse error quotes the document, which is the server's text.
    /// </summary>
    public TransparencyDocumentException Redact(TransparencyDocumentException exception)
    {
        var message = Redact(exception.Message);
        var inner = SafeInner(exception.InnerException);
        return string.Equals(message, exception.Message, StringComparison.Ordinal) && ReferenceEquals(inner, exception.InnerException)
            ? exception
            : new TransparencyDocumentException(message, exception.LineNumber ?? 0, exception.LinePosition ?? 0, inner);
    }

    /// <summary>Runs <paramref name="parse"/>; a parse error it throws reaches the caller redacted (<see cref="Redact(TransparencyDocumentException)"/>).</summary>
    public T RedactErrorsOf<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (TransparencyDocumentException e)
        {
            var safe = Redact(e);
            if (ReferenceEquals(safe, e))
            {
                throw;
            }

            throw safe;
        }
    }

    internal static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<body", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<name>securityToken\s*(?:=|%3D)\s*)(?<value>[^&\s'""<>#]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QueryTokenPattern();

    [GeneratedRegex(@"(?<name>SECURITY_TOKEN[""']?\s*[:=]\s*[""']?)(?<value>[^\s""'<>,;&]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderTokenPattern();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespacePattern();

    private sealed record KnownForms(TokenSnapshot Snapshot, string[] Values);
}
