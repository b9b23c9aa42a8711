namespace Entsoe.Transparency;

/// <summary>Names of the client's metrics (<see cref="System.Diagnostics.Metrics"/>), for a MeterListener or OpenTelemetry.</summary>
public static class TransparencyTelemetry
{
    /// <summary>The meter's name: <c>Entsoe.Transparency</c>.</summary>
    public const string MeterName = "Entsoe.Transparency";

    /// <summary>Counter of HTTP attempts sent, tagged with <c>http.response.status_code</c> or <c>error.type</c>.</summary>
    public const string RequestsInstrument = "entsoe.transparency.requests";

    /// <summary>Counter of retries scheduled, tagged with <c>reason</c>.</summary>
    public const string RetriesInstrument = "entsoe.transparency.retries";

    /// <summary>Counter of HTTP 429 responses.</summary>
    public const string RateLimitedInstrument = "entsoe.transparency.rate_limited";

    /// <summary>Counter of 429 responses that announced a ban ("Requester banned until").</summary>
    public const string BansInstrument = "entsoe.transparency.bans";
}
