using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (port chosen by the OS) with the scheme configured by the test: <c>/api</c> requires
/// it and answers <c>account|kind</c>; <c>/echo</c> requires it and answers every claim and <c>HttpContext.Items</c> entry;
/// <c>/open</c> is anonymous. Every log line at every level is captured.
/// </summary>
public sealed class LoginServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoginServer(WebApplication app, Uri root, CapturingLoggerProvider logs)
    {
        this.app = app;
        Root = root;
        Logs = logs;
        Client = new HttpClient { BaseAddress = root };
    }

    public Uri Root { get; }

    public HttpClient Client { get; }

    internal CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<LoginServer> StartAsync(Action<TransparencyTokenOptions> configure)
    {
        var logs = new CapturingLoggerProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.Services.AddAuthentication(TransparencyTokenDefaults.AuthenticationScheme).AddTransparencyToken(configure);
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/api", (HttpContext context) =>
            $"{context.User.FindFirstValue(ClaimTypes.NameIdentifier)}|{context.User.FindFirstValue(TransparencyTokenClaimTypes.LoginKind)}").RequireAuthorization();
        app.MapGet("/echo", (HttpContext context) => string.Join(
            "\n",
            context.User.Claims.Select(c => $"claim {c.Type}={c.Value}")
                .Concat(context.Items.Select(i => $"item {i.Key}={i.Value}"))
                .Append($"activity {Activity.Current?.DisplayName} {string.Join(",", Activity.Current?.TagObjects.Select(t => $"{t.Key}={t.Value}") ?? [])}"))).RequireAuthorization();
        app.MapGet("/open", () => "open");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoginServer(app, new Uri(address.TrimEnd('/') + "/"), logs);
    }

    /// <summary>Sends <paramref name="token"/> to <paramref name="path"/> in <paramref name="placement"/>.</summary>
    public async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> SendAsync(string? token, Placement placement, string path = "api")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, placement == Placement.Query && token is not null
            ? $"{path}?{TransparencyTokenDefaults.QueryParameterName}={Uri.EscapeDataString(token)}"
            : path);
        if (placement == Placement.Header && token is not null)
        {
            request.Headers.TryAddWithoutValidation(TransparencyTokenDefaults.HeaderName, token);
        }

        var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
