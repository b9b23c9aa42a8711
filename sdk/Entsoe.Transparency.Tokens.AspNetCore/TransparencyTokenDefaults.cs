namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>The names the Transparency Platform receives a security token under, and the scheme's default name.</summary>
public static class TransparencyTokenDefaults
{
    /// <summary>The default authentication scheme name: <c>TransparencyToken</c>.</summary>
    public const string AuthenticationScheme = "TransparencyToken";

    /// <summary>The request header the platform reads a token from (the SDK's default placement).</summary>
    public const string HeaderName = "SECURITY_TOKEN";

    /// <summary>The query parameter the platform reads a token from (entsoe-py's placement).</summary>
    public const string QueryParameterName = "securityToken";
}
