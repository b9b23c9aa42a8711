using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>One test's slice of the shared server: its own base address, behaviour and request log.</summary>
internal sealed class FaultRoute(string id, Uri baseAddress, Func<HttpContext, int, DateTimeOffset, Task> behaviour, Func<DateTimeOffset> clock)
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private int inFlight;
    private int hanging;

    public string Id { get; } = id;

    public Uri BaseAddress { get; } = baseAddress;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>True when every request being handled is one the behaviour deliberately leaves hanging.</summary>
    public bool OnlyHangingInFlight => Volatile.Read(ref inFlight) == Volatile.Read(ref hanging);

    public async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref inFlight);
        context.Items[typeof(FaultRoute)] = this;
        try
        {
            var feature = context.Features.Get<IHttpRequestFeature>()!;
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            int attempt;
            lock (gate)
            {
                requests.Add(new RecordedRequest(feature.RawTarget, headers, clock()));
                attempt = requests.Count;
            }

            await behaviour(context, attempt, clock());
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    /// <summary>Marks the current request as deliberately hanging until <paramref name="aborted"/> fires (at most 10 s).</summary>
    public async Task HangAsync(CancellationToken aborted)
    {
        Interlocked.Increment(ref hanging);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(10), aborted);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            Interlocked.Decrement(ref hanging);
        }
    }

    public async Task WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Requests.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server saw {Requests.Count} requests, expected {count}.");
            }

            await Task.Delay(5);
        }
    }
}
