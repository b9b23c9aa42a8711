using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (port chosen by the OS), shared by every test; each test registers a route
/// with its own behaviour under <c>/{id}/api</c>.
/// </summary>
internal sealed class FaultServer
{
    private static readonly Lazy<FaultServer> Instance = new(() => new FaultServer());

    private readonly ConcurrentDictionary<string, FaultRoute> routes = new(StringComparer.Ordinal);
    private readonly WebApplication app;
    private readonly Uri root;

    private FaultServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        root = new Uri(address.TrimEnd('/') + "/");
    }

    public static FaultServer Shared => Instance.Value;

    public FaultRoute Register(Func<HttpContext, int, DateTimeOffset, Task> behaviour, Func<DateTimeOffset>? clock = null)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var route = new FaultRoute(id, new Uri(root, id + "/api"), behaviour, clock ?? (() => DateTimeOffset.UtcNow));
        routes[id] = route;
        return route;
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 2 && segments[1] == "api" && routes.TryGetValue(segments[0], out var route))
        {
            return route.HandleAsync(context);
        }

        context.Response.StatusCode = 599;
        return Task.CompletedTask;
    }
}
