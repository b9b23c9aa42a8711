using System.Diagnostics.Metrics;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>The component's instruments. Tags are fixed words: never a token, a stored value or an account key.</summary>
internal sealed class TransparencyTokenMetrics
{
    private static readonly Meter SharedMeter = new(TransparencyTokenTelemetry.MeterName, typeof(TransparencyTokenMetrics).Assembly.GetName().Version?.ToString());

    private readonly Counter<long> logins;
    private readonly Counter<long> rejections;
    private readonly Counter<long> rehashes;
    private readonly Counter<long> cacheLookups;
    private readonly Histogram<double> duration;

    public TransparencyTokenMetrics(IMeterFactory? meterFactory)
    {
        var meter = meterFactory?.Create(TransparencyTokenTelemetry.MeterName) ?? SharedMeter;
        logins = meter.CreateCounter<long>(TransparencyTokenTelemetry.LoginsInstrument, "{login}", "Security tokens accepted, by what the account's row held.");
        rejections = meter.CreateCounter<long>(TransparencyTokenTelemetry.RejectionsInstrument, "{request}", "Requests whose security token was rejected.");
        rehashes = meter.CreateCounter<long>(TransparencyTokenTelemetry.RehashesInstrument, "{rehash}", "Rows rewritten (or not) to the active key on login.");
        cacheLookups = meter.CreateCounter<long>(TransparencyTokenTelemetry.CacheInstrument, "{lookup}", "Login cache lookups, by whether they answered without the database.");
        duration = meter.CreateHistogram<double>(TransparencyTokenTelemetry.DurationInstrument, "s", "Time spent finding, verifying and rehashing per request.");
    }

    public void Login(LoginKind kind) => logins.Add(1, new KeyValuePair<string, object?>("kind", LoginKinds.Tag(kind)));

    public void Rejected(string reason) => rejections.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void CacheLookup(bool hit) => cacheLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void Rehash(string outcome) => rehashes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Elapsed(TimeSpan elapsed, bool accepted) =>
        duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", accepted ? "accepted" : "rejected"));
}
