using System.Security.Claims;
using Entsoe.Transparency.SamplePlatform.Accounts;
using Entsoe.Transparency.SamplePlatform.Data;
using Entsoe.Transparency.SamplePlatform.Hosting;
using Entsoe.Transparency.SamplePlatform.SignIn;
using Entsoe.Transparency.Tokens.AspNetCore;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Entsoe.Transparency.SamplePlatform;

/// <summary>Builds the sample platform: "My Account Settings" behind a sign-in, and the data endpoint <c>/api</c>.</summary>
internal static class SamplePlatformApp
{
    /// <summary>The claim holding the key of the account the signed-in user manages.</summary>
    public const string AccountClaim = "account";

    /// <summary>The authorization policy of the data endpoint: a valid security token, nothing else.</summary>
    public const string ApiPolicy = "api";

    /// <summary>Builds the app from <paramref name="args"/> and appsettings.json; <paramref name="configure"/> may add configuration and logging (tests do).</summary>
    public static WebApplication Build(string[] args, string? contentRoot = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = contentRoot,

            // Pages are found in this assembly even when a test process is the entry assembly.
            ApplicationName = typeof(SamplePlatformApp).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);

        // A query-placed token would be in ASP.NET Core's "Request starting" line: off whatever the configuration says,
        // so neither a missing appsettings.json nor "Microsoft.AspNetCore": "Information" can turn it back on.
        builder.Logging.KeepRequestUrlsOut();

        var section = builder.Configuration.GetSection(SamplePlatformOptions.Section);
        builder.Services.Configure<SamplePlatformOptions>(section);
        var settings = section.Get<SamplePlatformOptions>() ?? new SamplePlatformOptions();
        var database = AccountsDatabase.Open(settings, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(database.Stores);
        builder.Services.AddSingleton(database.Hasher);
        builder.Services.AddSingleton<StateFingerprint>();
        builder.Services.AddSingleton<AccountTokens>();
        builder.Services.AddSingleton<DemoUserDirectory>();

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.Cookie.Name = "SamplePlatform.Session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                options.SlidingExpiration = true;
            })

            // The data endpoint's login path: the same table and key ring as the page and the migrator, so a token
            // works whether its row is still plaintext, hashed with the active key or with an older one.
            .AddTransparencyToken(options =>
            {
                options.KeyRing = database.KeyRing;
                options.Store = database.Stores;
                options.CacheDuration = TimeSpan.FromSeconds(settings.LoginCacheSeconds);
            });
        builder.Services.AddAuthorization(options => options.AddPolicy(ApiPolicy, policy => policy
            .AddAuthenticationSchemes(TransparencyTokenDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()));
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "SamplePlatform.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        // Razor Pages validate the antiforgery token on every POST handler (the default for pages), and the account
        // pages need a signed-in user.
        builder.Services.AddRazorPages(options => options.Conventions.AuthorizePage("/Account"));

        var app = builder.Build();
        app.UseStaticFiles();
        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", () => Results.Redirect("/account"));
        app.MapRazorPages();
        app.MapDataEndpoint().RequireAuthorization(ApiPolicy);
        return app;
    }

    /// <summary>The account key of the signed-in <paramref name="user"/>.</summary>
    public static long AccountOf(ClaimsPrincipal user) =>
        long.Parse(user.FindFirstValue(AccountClaim) ?? throw new InvalidOperationException("The session names no account."), System.Globalization.CultureInfo.InvariantCulture);
}
