using System.Diagnostics;
using System.Text;
using Entsoe.Transparency.Benchmarks.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Benchmarks.RateLimit;

/// <summary>
/// A Kestrel server on 127.0.0.1 that stands in for the platform's counter: for every request it records when the
/// request reached it and when it started to answer, both on <see cref="Stopwatch"/> ticks. The platform counts a
/// request at some instant between those two, so a limit that holds for both holds wherever it counts.
/// </summary>
public sealed class ArrivalServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<long> arrivals = [];
    private readonly List<long> answers = [];

    private ArrivalServer(int slowEvery, TimeSpan slowAnswer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        var body = Encoding.UTF8.GetBytes(ClientOverheadBenchmarks.Body);
        app.Run(async context =>
        {
            var number = Arrived();
            if (slowEvery > 0 && number % slowEvery == 0)
            {
                await Task.Delay(slowAnswer);
            }

            Answering();
            context.Response.ContentType = "text/xml";
            await context.Response.Body.WriteAsync(body);
        });
    }

    public Uri Api { get; private set; } = null!;

    public static async Task<ArrivalServer> StartAsync(int slowEvery, TimeSpan slowAnswer)
    {
        var server = new ArrivalServer(slowEvery, slowAnswer);
        await server.app.StartAsync();
        var address = new Uri(server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server.Api = new Uri(address, "/api");
        return server;
    }

    /// <summary>Arrival and answer instants, each sorted, in <see cref="Stopwatch"/> ticks.</summary>
    public (long[] Arrivals, long[] Answers) Recorded()
    {
        lock (gate)
        {
            long[] a = [.. arrivals], b = [.. answers];
            Array.Sort(a);
            Array.Sort(b);
            return (a, b);
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private int Arrived()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            arrivals.Add(now);
            return arrivals.Count;
        }
    }

    private void Answering()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            answers.Add(now);
        }
    }
}
