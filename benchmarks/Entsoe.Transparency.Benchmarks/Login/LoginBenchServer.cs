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
/// Kestrel on 127.0.0.1 with one small answer under two routes: <c>/open</c> (no authentication) and <c>/api</c>
/// (the <c>TransparencyToken</c> scheme). Logging off, as a production server's Debug lines would be.
/// </summary>
internal sealed class LoginBenchServer(WebApplication app, Uri root) : IAsyncDisposable
{
    private static readonly byte[] Answer = "<Publication_MarketDocument/>"u8.ToArray();

    public Uri Root { get; } = root;

    public static async Task<LoginBenchServer> StartAsync(TokenKeyRing ring, string connectionString, TableTarget target, bool rehash)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(TransparencyTokenDefaults.AuthenticationScheme).AddTransparencyToken(o =>
        {
            o.KeyRing = ring;
            o.RehashOnSuccess = rehash;
            o.UseStore("postgres", connectionString, target);
        });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/open", (Microsoft.AspNetCore.Http.HttpContext c) => c.Response.Body.WriteAsync(Answer).AsTask());
        app.MapGet("/api", (Microsoft.AspNetCore.Http.HttpContext c) => c.Response.Body.WriteAsync(Answer).AsTask()).RequireAuthorization();
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
