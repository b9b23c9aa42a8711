using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Diagnostics;

public class MetricsTests
{
    [Fact]
    public async Task QueryAsync_TwoEmpty503sThenOk_CountsThreeRequestsAndTwoRetries()
    {
        using var meters = new IsolatedMeterFactory();
        var scenario = Scenarios.Empty503ThenOk with { Configure = o => o.MeterFactory = meters };

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(3, meters.Sum(TransparencyTelemetry.RequestsInstrument));
        Assert.Equal(2, meters.Sum(TransparencyTelemetry.RetriesInstrument));
        Assert.Equal(0, meters.Sum(TransparencyTelemetry.RateLimitedInstrument));
    }

    [Fact]
    public async Task QueryAsync_BanWaitedOut_CountsTheRateLimitAndTheBan()
    {
        using var meters = new IsolatedMeterFactory();
        var scenario = Scenarios.BanThenOk with { Configure = o => o.MeterFactory = meters };

        var result = await ScenarioRunner.RunAsync(scenario, TokenPlacement.Header);

        Assert.Null(result.Error);
        Assert.Equal(1, meters.Sum(TransparencyTelemetry.RateLimitedInstrument));
        Assert.Equal(1, meters.Sum(TransparencyTelemetry.BansInstrument));
        Assert.Equal(1, meters.Sum(TransparencyTelemetry.RetriesInstrument));
    }

    /// <summary>A meter factory whose meters only this test listens to, so parallel tests do not mix in.</summary>
    private sealed class IsolatedMeterFactory : IMeterFactory
    {
        private readonly ConcurrentBag<Meter> created = [];
        private readonly ConcurrentDictionary<string, long> sums = new();
        private readonly MeterListener listener = new();

        public IsolatedMeterFactory()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (created.Contains(instrument.Meter))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => sums.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
            listener.Start();
        }

        public long Sum(string instrument) => sums.TryGetValue(instrument, out var sum) ? sum : 0;

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            created.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            listener.Dispose();
            foreach (var meter in created)
            {
                meter.Dispose();
            }
        }
    }
}
