using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Redis;

/// <summary>
/// Every log line of the shared budget (event ids 3200-3201, beside the client's 3100-3106). Error texts arrive here
/// already stripped of the password (<see cref="SecretScrubber"/>); no line holds a token.
/// </summary>
internal sealed partial class RedisBudgetLog(ILogger logger)
{
    public const int UnavailableEventId = 3200;
    public const int RecoveredEventId = 3201;

    [LoggerMessage(EventId = UnavailableEventId, EventName = "SharedBudgetUnavailable", Level = LogLevel.Warning,
        Message = "The shared rate budget on Redis ({Endpoint}) is unavailable ({Error}); {Behaviour} until it answers again (tried every {ProbeSeconds} s).")]
    public partial void Unavailable(string endpoint, string error, string behaviour, double probeSeconds);

    [LoggerMessage(EventId = RecoveredEventId, EventName = "SharedBudgetRecovered", Level = LogLevel.Information,
        Message = "The shared rate budget on Redis ({Endpoint}) answers again after {OutageSeconds} s; requests draw from it again.")]
    public partial void Recovered(string endpoint, double outageSeconds);
}
