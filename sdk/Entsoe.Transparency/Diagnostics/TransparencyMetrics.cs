using System.Diagnostics.Metrics;

namespace Entsoe.Transparency;

/// <summary>The client's counters. Tags never carry a token or a URL.</summary>
internal sealed class TransparencyMetrics
{
    private static readonly Meter SharedMeter = new(TransparencyTelemetry.MeterName, typeof(TransparencyMetrics).Assembly.GetName().Version?.ToString());

    private readonly Counter<long> requests;
    private readonly Counter<long> retries;
    private readonly Counter<long> rateLimited;
    private readonly Counter<long> bans;

    public TransparencyMetrics(IMeterFactory? meterFactory)
    {
        var meter = meterFactory?.Create(TransparencyTelemetry.MeterName) ?? SharedMeter;
        requests = meter.CreateCounter<long>(TransparencyTelemetry.RequestsInstrument, "{request}", "HTTP attempts sent to the Transparency Platform.");
        retries = meter.CreateCounter<long>(TransparencyTelemetry.RetriesInstrument, "{retry}", "Retries scheduled after a transient failure.");
        rateLimited = meter.CreateCounter<long>(TransparencyTelemetry.RateLimitedInstrument, "{response}", "HTTP 429 responses received.");
        bans = meter.CreateCounter<long>(TransparencyTelemetry.BansInstrument, "{ban}", "HTTP 429 responses announcing a ban.");
    }

    // Checked first: the tag boxes the status code, which is only worth it when someone listens.
    public void AttemptCompleted(int statusCode)
    {
        if (requests.Enabled)
        {
            requests.Add(1, new KeyValuePair<string, object?>("http.response.status_code", statusCode));
        }
    }

    public void AttemptFailed(string errorType) => requests.Add(1, new KeyValuePair<string, object?>("error.type", errorType));

    public void RetryScheduled(string reason) => retries.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void RateLimited() => rateLimited.Add(1);

    public void Banned() => bans.Add(1);
}
