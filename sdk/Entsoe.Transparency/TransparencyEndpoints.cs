namespace Entsoe.Transparency;

/// <summary>Known base addresses of the Transparency Platform's REST API. The platform has moved them before.</summary>
public static class TransparencyEndpoints
{
    /// <summary>The production API: <c>https://web-api.tp.entsoe.eu/api</c>.</summary>
    public static Uri Production { get; } = new("https://web-api.tp.entsoe.eu/api");

    /// <summary>
    /// The IOP (test) API: <c>https://web-api.tp-iop.entsoe.eu/api</c>. It holds far less data than production and needs
    /// a token from an account on the IOP site, <c>https://iop-transparency.entsoe.eu</c>, whose old <c>/api</c> path
    /// this replaced as production's did.
    /// </summary>
    public static Uri Test { get; } = new("https://web-api.tp-iop.entsoe.eu/api");
}
