using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

/// <summary>Captures every log line at every level: formatted message, each structured value, scopes and exceptions.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Entries => [.. entries];

    public string AllText => string.Join("\n", entries.Select(e => e.AllText));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    internal sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, string AllText);

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var parts = new List<string> { category, eventId.ToString(), message };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            owner.scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            owner.entries.Enqueue(new CapturedLog(category, logLevel, eventId, message, string.Join(" | ", parts)));
        }
    }
}
