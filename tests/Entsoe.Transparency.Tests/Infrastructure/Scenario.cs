using Microsoft.AspNetCore.Http;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>A server behaviour, the client settings it is run with, and how many requests it should take.</summary>
internal sealed record Scenario(
    string Name,
    Func<HttpContext, int, DateTimeOffset, Task> Server,
    int ExpectedRequests,
    Action<TransparencyClientOptions>? Configure = null,
    Func<TransparencyQuery>? Query = null,
    TimeSpan? Step = null)
{
    public override string ToString() => Name;
}
