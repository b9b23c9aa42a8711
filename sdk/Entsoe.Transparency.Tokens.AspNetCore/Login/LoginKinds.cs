namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>The one spelling of each <see cref="LoginKind"/> in claims, metric tags and log lines.</summary>
internal static class LoginKinds
{
    public static string Tag(LoginKind kind) => kind switch
    {
        LoginKind.Plaintext => "plaintext",
        LoginKind.ActiveKey => "active_key",
        _ => "older_key",
    };
}
