using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Benchmarks.Client;

/// <summary>
/// What the client adds to one request (docs/design.md §5): <see cref="TransparencyClient.QueryAsync"/> against a bare
/// <see cref="HttpClient"/> GET of the same URL with the same headers, both to a Kestrel server on 127.0.0.1 in this
/// process that answers with a small publication document. The comparison is kept fair: the bare arm sends through a
/// socket handler configured as the client's own (connection pool, decompression, no <see cref="HttpClient.Timeout"/>
/// timer), builds the URL of each request from the query's values as any caller of <see cref="HttpClient"/> must,
/// checks the status and reads the body to its end. The client's share is building the query, the resilience
/// pipeline (timeouts, retry), attaching the token in its handler, reading the body with its size limit and
/// classifying it; the rate limiter is measured separately, set so high that it never waits, because at the
/// platform's 400 requests a minute it would measure the limit, not the code.
/// </summary>
[MemoryDiagnoser]
public class ClientOverheadBenchmarks
{
    /// <summary>The small publication document both loopback servers of these benchmarks answer with.</summary>
    internal const string Body = """
        <?xml version="1.0" encoding="utf-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>6f1c6b55d9a54e9b9d5e0a0e7d1f0b11</mRID>
          <type>A44</type>
        </Publication_MarketDocument>
        """;

    private const string Area = "10Y1001A1001A82H";

    private static readonly DateTimeOffset Start = new(2026, 11, 26, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 11, 27, 23, 0, 0, TimeSpan.Zero);

    private WebApplication? server;
    private HttpClient bare = null!;
    private TransparencyClient client = null!;
    private TransparencyClient limited = null!;
    private TransparencyQuery query = null!;
    private string api = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        server = builder.Build();
        var body = Encoding.UTF8.GetBytes(Body);
        server.Run(async context =>
        {
            context.Response.ContentType = "text/xml";
            await context.Response.Body.WriteAsync(body);
        });
        server.StartAsync().GetAwaiter().GetResult();
        var address = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var endpoint = new Uri(address, "/api");
        api = endpoint.AbsoluteUri;

        // A fresh token per run, never printed: no artifact of this suite holds one.
        var token = Guid.NewGuid().ToString();
        query = new TransparencyQuery("A44")
        {
            PeriodStart = Start,
            PeriodEnd = End,
        }.WithDomain("in_Domain", Area).WithDomain("out_Domain", Area);

        // The client's own socket settings (Http/TransparencyTransport.cs), and its Accept header: same connection
        // reuse, same request bytes but for the order of two headers.
        bare = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(30),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        bare.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/xml, application/zip;q=0.9, */*;q=0.5");
        bare.DefaultRequestHeaders.Add("SECURITY_TOKEN", token);
        if (BareUri() != api + "?" + query)
        {
            throw new InvalidOperationException("The bare arm must send the client's URL.");
        }

        var options = new TransparencyClientOptions { BaseAddress = endpoint };
        options.RateLimit.Enabled = false;
        client = new TransparencyClient(new SecurityTokenCredential(token), options);

        // A second token, so this client's process-wide limiter is its own.
        var generous = new TransparencyClientOptions { BaseAddress = endpoint };
        generous.RateLimit.PermitLimit = 100_000_000;
        generous.RateLimit.Burst = 100_000_000;
        limited = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), generous);

        if (!Classified(QueryAsync().GetAwaiter().GetResult()) || BareAsync().GetAwaiter().GetResult() != body.Length)
        {
            throw new InvalidOperationException("The loopback server did not answer as expected.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        limited.Dispose();
        bare.Dispose();
        server?.StopAsync().GetAwaiter().GetResult();
    }

    /// <summary>What a caller of a bare <see cref="HttpClient"/> writes: the URL from the query's values, the status checked, the body read whole.</summary>
    [Benchmark(Baseline = true, Description = "Bare HttpClient GET, same URL, headers and handler, body read")]
    public async Task<int> BareAsync()
    {
        var bytes = await bare.GetByteArrayAsync(new Uri(BareUri()));
        return bytes.Length;
    }

    [Benchmark(Description = "TransparencyClient.QueryAsync, rate limiter off")]
    public Task<TransparencyResponse> QueryAsync() => client.QueryAsync(query);

    [Benchmark(Description = "TransparencyClient.QueryAsync, rate limiter on (never waits)")]
    public Task<TransparencyResponse> QueryLimitedAsync() => limited.QueryAsync(query);

    private string BareUri() => string.Create(
        CultureInfo.InvariantCulture,
        $"{api}?documentType=A44&in_Domain={Area}&out_Domain={Area}&periodStart={Start.UtcDateTime:yyyyMMddHHmm}&periodEnd={End.UtcDateTime:yyyyMMddHHmm}");

    private static bool Classified(TransparencyResponse response) =>
        response.ContentKind == TransparencyContentKind.Xml && response.RootElement == "Publication_MarketDocument";
}
