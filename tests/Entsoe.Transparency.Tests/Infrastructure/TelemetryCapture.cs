using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>Listens to the SDK's meter and to HttpClient's own activities while a test runs.</summary>
internal sealed class TelemetryCapture : IDisposable
{
    private readonly MeterListener meters = new();
    private readonly ActivityListener activities;
    private readonly ConcurrentQueue<string> measurements = new();
    private readonly ConcurrentQueue<string> traces = new();

    public TelemetryCapture()
    {
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TransparencyTelemetry.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var text = instrument.Name + "=" + value + " " + string.Join(",", tags.ToArray().Select(t => $"{t.Key}:{t.Value}"));
            measurements.Enqueue(text);
        });
        meters.Start();
        activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("System.Net.Http", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => traces.Enqueue(
                activity.OperationName + " " + activity.DisplayName + " " + string.Join(" ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))),
        };
        ActivitySource.AddActivityListener(activities);
    }

    public IReadOnlyList<string> Measurements => [.. measurements];

    public IReadOnlyList<string> Traces => [.. traces];

    public void Dispose()
    {
        meters.Dispose();
        activities.Dispose();
    }
}
