namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// Why a request was rejected, as a metric tag and in the server's log. The caller never learns which: every rejection
/// gets the same 401 body, after the same lookup work.
/// </summary>
internal static class RejectionReasons
{
    /// <summary>No row verifies the token.</summary>
    public const string Unknown = "unknown";

    /// <summary>The value was empty or only whitespace.</summary>
    public const string Empty = "empty";

    /// <summary>The value starts with <c>$</c>: a stored value presented as a token.</summary>
    public const string PassTheHash = "pass_the_hash";

    /// <summary>Two different tokens in one request (header and query, or a repeated header or parameter).</summary>
    public const string Ambiguous = "ambiguous";

    /// <summary>The token verifies against two or more accounts.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The accounts table could not be reached (answered 503).</summary>
    public const string StoreUnavailable = "store_unavailable";
}
