using System.Runtime.CompilerServices;

namespace Entsoe.Transparency.Tests.Infrastructure;

internal static class TestSetup
{
    // Every test runs with HttpClient's own URI redaction off, so only the SDK's redaction stands between a
    // token and the captured output.
    [ModuleInitializer]
    internal static void DisableRuntimeUriRedaction() => AppContext.SetSwitch("System.Net.Http.DisableUriRedaction", true);
}
