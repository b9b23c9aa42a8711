namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>What the server saw: the raw request target (path and query), every header, and the fake clock's time.</summary>
internal sealed record RecordedRequest(string RawTarget, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
