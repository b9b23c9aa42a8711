namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>Everything a scenario produced, for assertions and for the leak canary.</summary>
internal sealed record ScenarioResult(
    TransparencyResponse? Response,
    Exception? Error,
    IReadOnlyList<RecordedRequest> Requests,
    CapturingLoggerProvider Logs,
    string Token,
    DateTimeOffset Start,
    IReadOnlyList<string> PublicTexts)
{
    public T ErrorOf<T>()
        where T : Exception => Assert.IsType<T>(Error);
}
