using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace Entsoe.Transparency.Tests.Http;

public class AttemptSenderTests
{
    private static readonly Uri Target = new("https://example.test/api?documentType=A44");

    [Fact]
    public async Task SendAsync_Ok_ReturnsStatusBodyAndRecordsTheAttempt()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<doc/>") });
        var bans = new List<DateTimeOffset>();
        var state = NewState();

        var result = await Sender(stub, bans).SendAsync(state, CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("<doc/>", Encoding.UTF8.GetString(result.Body));
        Assert.Equal(1, state.Attempts);
        Assert.Same(result, state.LastResult);
        Assert.Empty(bans);
        Assert.Equal("application/xml, application/zip;q=0.9, */*;q=0.5", Assert.Single(stub.Requests).Headers.Accept.ToString());
    }

    [Fact]
    public async Task SendAsync_BanNotice_ReportsTheBansEnd()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("Requester banned until '2026-11-27T12:34:56.000Z'") });
        var bans = new List<DateTimeOffset>();

        var result = await Sender(stub, bans).SendAsync(NewState(), CancellationToken.None);

        Assert.Equal(429, result.StatusCode);
        Assert.Equal([new DateTimeOffset(2026, 11, 27, 12, 34, 56, TimeSpan.Zero)], bans);
    }

    [Fact]
    public async Task SendAsync_TooManyRequestsWithoutBan_ReportsNoBan()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("slow down") });
        var bans = new List<DateTimeOffset>();

        var result = await Sender(stub, bans).SendAsync(NewState(), CancellationToken.None);

        Assert.Equal(429, result.StatusCode);
        Assert.Empty(bans);
    }

    [Fact]
    public async Task SendAsync_NetworkFailure_RecordsAndRethrowsIt()
    {
        var failure = new HttpRequestException("connection reset");
        var stub = new StubHandler(_ => throw failure);
        var state = NewState();

        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() => Sender(stub, []).SendAsync(state, CancellationToken.None).AsTask());

        Assert.Same(failure, thrown);
        Assert.Same(failure, state.LastException);
        Assert.Equal(1, state.Attempts);
        Assert.Null(state.LastResult);
    }

    [Fact]
    public async Task SendAsync_BodyBeyondTheLimit_ThrowsTooLarge()
    {
        var stub = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[11]) });

        await Assert.ThrowsAsync<ResponseBodyTooLargeException>(() => Sender(stub, [], maxResponseBytes: 10).SendAsync(NewState(), CancellationToken.None).AsTask());
    }

    private static CallState NewState() => new(Target, "GET " + Target, 0, CancellationToken.None);

    private static AttemptSender Sender(StubHandler stub, List<DateTimeOffset> bans, long maxResponseBytes = 1 << 20)
    {
        var credential = new SecurityTokenCredential(Guid.NewGuid().ToString());
        var http = new HttpClient(stub);
        var log = new TransparencyLog(NullLogger.Instance, new Redactor(credential));
        return new AttemptSender(() => http, TokenPlacement.Header, maxResponseBytes, log, new TransparencyMetrics(null), (_, until) => bans.Add(until));
    }
}
