using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Redis.TestHost;

/// <summary>
/// A Kestrel server on 127.0.0.1 that stands in for the platform's counter: for every request it records when the
/// request reached it and when it started to answer, both in <see cref="Stopwatch"/> ticks (one clock for every
/// process of a fleet on this machine). Optionally the <c>banAt</c>-th request is answered with a ban of
/// <c>banFor</c>, as the platform does (<c>429 Requester banned until '…'</c>).
/// </summary>
internal sealed class LoopbackPlatform : IAsyncDisposable
{
    internal const string Body = """
        <?xml version="1.0" encoding="utf-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>6f1c6b55d9a54e9b9d5e0a0e7d1f0b11</mRID>
          <type>A44</type>
        </Publication_MarketDocument>
        """;

    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<long> arrivals = [];
    private readonly List<long> answers = [];
    private readonly List<long> sent = [];
    private readonly byte[] body = Encoding.UTF8.GetBytes(Body);
    private readonly int banAt;
    private readonly TimeSpan banFor;

    private LoopbackPlatform(int banAt, TimeSpan banFor)
    {
        this.banAt = banAt;
        this.banFor = banFor;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(HandleAsync);
    }

    public Uri Api { get; private set; } = null!;

    /// <summary>When the ban was answered (Stopwatch ticks) and when it ends, once it has been.</summary>
    public (long AnsweredAt, long EndsAt)? Ban { get; private set; }

    public static async Task<LoopbackPlatform> StartAsync(int banAt = 0, TimeSpan banFor = default)
    {
        var server = new LoopbackPlatform(banAt, banFor);
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

    /// <summary>When each request that carried a <see cref="SentAtHandler"/> stamp was sent, sorted.</summary>
    public long[] Sent()
    {
        lock (gate)
        {
            long[] s = [.. sent];
            Array.Sort(s);
            return s;
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        int number;
        var now = Stopwatch.GetTimestamp();
        var stamp = long.TryParse(context.Request.Headers[SentAtHandler.Header], NumberStyles.None, CultureInfo.InvariantCulture, out var at) ? at : (long?)null;
        lock (gate)
        {
            arrivals.Add(now);
            number = arrivals.Count;
            if (stamp is { } sentAt)
            {
                sent.Add(sentAt);
            }
        }

        if (number == banAt)
        {
            var until = DateTimeOffset.UtcNow + banFor;
            var text = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Requester banned until '{until.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fff}Z'"));
            Answered();
            Ban = (Stopwatch.GetTimestamp(), Stopwatch.GetTimestamp() + (long)(banFor.TotalSeconds * Stopwatch.Frequency));
            context.Response.StatusCode = 429;
            await context.Response.Body.WriteAsync(text);
            return;
        }

        Answered();
        context.Response.ContentType = "text/xml";
        await context.Response.Body.WriteAsync(body);
    }

    private void Answered()
    {
        var now = Stopwatch.GetTimestamp();
        lock (gate)
        {
            answers.Add(now);
        }
    }
}
