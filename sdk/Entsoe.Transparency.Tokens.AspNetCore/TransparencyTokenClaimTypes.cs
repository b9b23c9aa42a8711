namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// The claims of an authenticated request besides <see cref="System.Security.Claims.ClaimTypes.NameIdentifier"/> (the
/// account's key). No claim ever holds the token or a stored value.
/// </summary>
public static class TransparencyTokenClaimTypes
{
    /// <summary>How the row verified: <c>plaintext</c>, <c>active_key</c> or <c>older_key</c> (see <see cref="LoginKind"/>).</summary>
    public const string LoginKind = "urn:entsoe:transparency:login_kind";
}
