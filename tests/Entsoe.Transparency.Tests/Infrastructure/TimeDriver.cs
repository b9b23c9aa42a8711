using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Tests.Infrastructure;

/// <summary>
/// Moves a fake clock forward while a call is pending, so backoff, Retry-After and ban waits take no real time.
/// The clock only moves when the server is not answering (or is deliberately hanging), so an attempt that is
/// being served is never timed out by the test itself.
/// </summary>
internal static class TimeDriver
{
    public static async Task DriveAsync(Task call, FakeTimeProvider clock, FaultRoute route, TimeSpan step, int maxSteps = 3000)
    {
        // Until the first request reaches the server nothing is in flight there, yet the client is busy opening a new
        // connection, which takes real time (much of it on a loaded machine). Moving the clock then would run down the
        // first attempt's timeout, and shift every later request's time, before the server has seen anything.
        var firstRequestDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!call.IsCompleted && route.Requests.Count == 0 && DateTime.UtcNow < firstRequestDeadline)
        {
            await Task.WhenAny(call, Task.Delay(3));
        }

        for (var i = 0; i < maxSteps && !call.IsCompleted; i++)
        {
            await Task.WhenAny(call, Task.Delay(3));
            if (!call.IsCompleted && route.OnlyHangingInFlight)
            {
                clock.Advance(step);
            }
        }

        if (!call.IsCompleted)
        {
            throw new TimeoutException($"The call did not finish after {maxSteps} clock steps of {step}.");
        }
    }
}
