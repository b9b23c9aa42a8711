using System.Diagnostics;
using System.Globalization;

namespace Entsoe.Transparency.Redis.TestHost;

/// <summary>
/// Stamps each request with the instant it leaves the client's pipeline (<see cref="Stopwatch"/> ticks, one clock for
/// every process on the machine), so a test can tell when a request was sent from when a busy machine delivered it.
/// </summary>
internal sealed class SentAtHandler : DelegatingHandler
{
    public const string Header = "X-Sent-At";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation(Header, Stopwatch.GetTimestamp().ToString(CultureInfo.InvariantCulture));
        return base.SendAsync(request, cancellationToken);
    }
}
