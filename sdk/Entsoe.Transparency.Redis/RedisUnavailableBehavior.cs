namespace Entsoe.Transparency.Redis;

/// <summary>What a request does while Redis cannot be reached or does not answer in time.</summary>
public enum RedisUnavailableBehavior
{
    /// <summary>
    /// Goes on under the process's own limiter alone (the default): every process keeps the limit by itself, so a
    /// fleet of <c>n</c> may send up to <c>n</c> times the limit until Redis is back. One warning per outage.
    /// </summary>
    FallBackToLocal = 0,

    /// <summary>Sends nothing: the request fails with <see cref="TransparencyRateBudgetUnavailableException"/>.</summary>
    FailClosed = 1,
}
