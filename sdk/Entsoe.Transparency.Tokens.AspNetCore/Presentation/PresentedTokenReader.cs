using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// Reads the token from the <c>SECURITY_TOKEN</c> header and the <c>securityToken</c> query parameter.
/// </summary>
/// <remarks>
/// One value in one place is the token. The same token in both places is accepted (the header's value is used; the two
/// are compared in their canonical form, so case and surrounding whitespace may differ). Two different values, or a name
/// given twice, are rejected as ambiguous: a request that carries two credentials has been assembled by two parties
/// (a proxy, a link someone pasted), and choosing either would authenticate a request as an account its sender may not
/// know. The rejection looks exactly like an unknown token's.
/// </remarks>
internal static class PresentedTokenReader
{
    public static PresentedToken Read(HttpRequest request, bool acceptHeader, bool acceptQuery)
    {
        var header = acceptHeader ? request.Headers[TransparencyTokenDefaults.HeaderName] : StringValues.Empty;
        var query = acceptQuery && request.QueryString.HasValue ? request.Query[TransparencyTokenDefaults.QueryParameterName] : StringValues.Empty;
        if (header.Count > 1 || query.Count > 1)
        {
            return new PresentedToken(null, Placement(header, query), Ambiguous: true);
        }

        var fromHeader = header.Count == 1 ? header[0] ?? string.Empty : null;
        var fromQuery = query.Count == 1 ? query[0] ?? string.Empty : null;
        if (fromHeader is not null && fromQuery is not null
            && !string.Equals(CanonicalToken.Canonicalize(fromHeader), CanonicalToken.Canonicalize(fromQuery), StringComparison.Ordinal))
        {
            return new PresentedToken(null, "header and query", Ambiguous: true);
        }

        return new PresentedToken(fromHeader ?? fromQuery, Placement(header, query), Ambiguous: false);
    }

    private static string Placement(StringValues header, StringValues query) =>
        header.Count > 0 && query.Count > 0 ? "header and query" : header.Count > 0 ? "header" : "query";
}
