using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>Registers the <c>TransparencyToken</c> authentication scheme.</summary>
public static class TransparencyTokenAuthenticationExtensions
{
    /// <summary>
    /// Adds the scheme under <see cref="TransparencyTokenDefaults.AuthenticationScheme"/>:
    /// <code>
    /// services.AddAuthentication(TransparencyTokenDefaults.AuthenticationScheme)
    ///     .AddTransparencyToken(o =>
    ///     {
    ///         o.KeyRing = TokenKeyRing.FromEnvironment();
    ///         o.UseStore("postgres", connectionString, TableTarget.Create("public", "accounts", "id", "api_token", null));
    ///     });
    /// </code>
    /// </summary>
    public static AuthenticationBuilder AddTransparencyToken(this AuthenticationBuilder builder, Action<TransparencyTokenOptions> configureOptions) =>
        builder.AddTransparencyToken(TransparencyTokenDefaults.AuthenticationScheme, configureOptions);

    /// <summary>Adds the scheme under <paramref name="authenticationScheme"/> (several tables: one scheme each).</summary>
    public static AuthenticationBuilder AddTransparencyToken(this AuthenticationBuilder builder, string authenticationScheme, Action<TransparencyTokenOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        ArgumentNullException.ThrowIfNull(configureOptions);
        builder.Services.TryAddSingleton<TransparencyTokenCache>();
        builder.Services.TryAddSingleton<TokenAuthenticatorRegistry>();
        return builder.AddScheme<TransparencyTokenOptions, TransparencyTokenHandler>(authenticationScheme, "ENTSO-E Transparency security token", configureOptions);
    }
}
