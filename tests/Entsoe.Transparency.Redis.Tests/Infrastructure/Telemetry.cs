using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Redis.Tests.Infrastructure;

/// <summary>
/// Log lines and counter totals of one budget: a logger factory and a meter factory of its own, so tests that run in
/// one process never see each other's telemetry.
/// </summary>
internal sealed class Telemetry : ILoggerFactory, ILoggerProvider, IMeterFactory
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> totals = new(StringComparer.Ordinal);

    public Telemetry()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, this))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => totals.AddOrUpdate(instrument.Name, value, (_, v) => v + value));
        listener.Start();
    }

    public ConcurrentQueue<(int EventId, LogLevel Level, string Text)> Lines { get; } = new();

    public long Total(string instrument) => totals.GetValueOrDefault(instrument);

    public int Count(int eventId) => Lines.Count(l => l.EventId == eventId);

    public string AllText => string.Join(Environment.NewLine, Lines.Select(l => l.Text));

    public Meter Create(MeterOptions options) => new(options.Name, options.Version, options.Tags, this);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose() => listener.Dispose();

    private sealed class Logger(Telemetry owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((eventId.Id, logLevel, formatter(state, exception) + (exception is null ? string.Empty : Environment.NewLine + exception)));
    }
}
