namespace Entsoe.Transparency;

/// <summary>Known base addresses of the Transparency Platform's REST API. The platform has moved them before.</summary>
public static class TransparencyEndpoints
{
    /// <summary>The production API: <c>https://web-api.tp.entsoe.eu/api</c>.</summary>
    public static Uri Production { get; } = new("https://web-api.tp.entsoe.eu/api");

    /// <summary>The IOP (test) API: <c>https://iop-transparency.entsoe.eu/api</c>; it needs its own token.</summary>
    public static Uri Test { get; } = new("https://iop-transparency.entsoe.eu/api");
}
