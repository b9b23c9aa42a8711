using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>The sample platform on real Kestrel at 127.0.0.1 (a free port), its logs captured.</summary>
public sealed class SamplePlatformServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SamplePlatformServer(WebApplication app, CapturedLogs logs, Uri address)
    {
        this.app = app;
        Logs = logs;
        Address = address;
    }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The data endpoint, the SDK's base address.</summary>
    public Uri ApiAddress => new(Address, "api");

    /// <summary>Every log line the server wrote.</summary>
    public CapturedLogs Logs { get; }

    public static async Task<SamplePlatformServer> StartAsync(IReadOnlyDictionary<string, string?> configuration)
    {
        var logs = new CapturedLogs();
        var app = SamplePlatformApp.Build(["--urls", "http://127.0.0.1:0"], RepositoryPaths.SampleContentRoot, builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddFilter(_ => true);
            builder.Logging.AddProvider(logs);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new SamplePlatformServer(app, logs, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
