using System.Diagnostics.Metrics;

namespace Entsoe.Transparency.Redis;

/// <summary>The shared budget's counters, on the meter <c>Entsoe.Transparency.Redis</c>. No tag names a token.</summary>
internal sealed class RedisBudgetMetrics
{
    public const string MeterName = "Entsoe.Transparency.Redis";
    public const string FallbacksInstrument = "entsoe.transparency.redis.fallbacks";
    public const string RefusalsInstrument = "entsoe.transparency.redis.refusals";
    public const string OutagesInstrument = "entsoe.transparency.redis.outages";

    private static readonly Meter SharedMeter = new(MeterName, typeof(RedisBudgetMetrics).Assembly.GetName().Version?.ToString());

    private readonly Counter<long> fallbacks;
    private readonly Counter<long> refusals;
    private readonly Counter<long> outages;

    public RedisBudgetMetrics(IMeterFactory? meterFactory)
    {
        var meter = meterFactory?.Create(MeterName) ?? SharedMeter;
        fallbacks = meter.CreateCounter<long>(FallbacksInstrument, "{request}", "Attempts permitted by the process's own limiter alone while the shared budget was unavailable.");
        refusals = meter.CreateCounter<long>(RefusalsInstrument, "{request}", "Requests refused because the shared budget was unavailable and fails closed.");
        outages = meter.CreateCounter<long>(OutagesInstrument, "{outage}", "Times the shared budget on Redis became unavailable.");
    }

    public void Fallback() => fallbacks.Add(1);

    public void Refused() => refusals.Add(1);

    public void Outage() => outages.Add(1);
}
