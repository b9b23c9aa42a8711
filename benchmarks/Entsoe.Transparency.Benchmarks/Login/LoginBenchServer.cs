using Entsoe.Transparency.SamplePlatform.Data;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.AspNetCore;
using Entsoe.Transparency.Tokens.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>
/// Kestrel on 127.0.0.1 with the sample platform's data endpoint (a day-ahead price document built per request) under two
/// routes: <c>/open/api</c> (no authentication) and <c>/auth/api</c> (the <c>TransparencyToken</c> scheme). Logging off,
/// as a production server's Debug lines would be.
/// </summary>
internal sealed class LoginBenchServer(WebApplication app, Uri root) : IAsyncDisposable
{
    /// <summary>What an SDK client asks for: one day of day-ahead prices (24 points, about 3 KB).</summary>
    public const string Query = "?documentType=A44&in_Domain=10Y1001A1001A82H&out_Domain=10Y1001A1001A82H&periodStart=202612022300&periodEnd=202612032300";

    public const string OpenPath = "open/api" + Query;

    public const string AuthenticatedPath = "auth/api" + Query;

    public Uri Root { get; } = root;

    public static async Task<LoginBenchServer> StartAsync(TokenKeyRing ring, string connectionString, TableTarget target, bool rehash, TimeSpan cacheDuration)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(TransparencyTokenDefaults.AuthenticationScheme).AddTransparencyToken(o =>
        {
            o.KeyRing = ring;
            o.RehashOnSuccess = rehash;
            o.CacheDuration = cacheDuration;
            o.UseStore("postgres", connectionString, target);
        });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGroup("/open").MapDataEndpoint();
        app.MapGroup("/auth").MapDataEndpoint().RequireAuthorization();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoginBenchServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
