namespace Entsoe.Transparency;

/// <summary>Where the security token travels in each request.</summary>
public enum TokenPlacement
{
    /// <summary>
    /// The <c>SECURITY_TOKEN</c> request header (default). Headers stay out of URLs, so proxies, access logs and
    /// the runtime's own HTTP traces never record the token.
    /// </summary>
    Header = 0,

    /// <summary>
    /// The <c>securityToken</c> query parameter, as in the platform's examples. The URL then carries the token:
    /// prefer <see cref="Header"/> unless something between you and the platform drops custom headers.
    /// </summary>
    QueryParameter = 1,
}
