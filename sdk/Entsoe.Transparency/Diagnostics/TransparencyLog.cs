using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency;

/// <summary>
/// Every log line of the client. Each text argument passes through the <see cref="Redactor"/> here, so no call
/// site can forget it; there is no switch that logs a token.
/// </summary>
internal sealed class TransparencyLog(ILogger logger, Redactor redactor)
{
    private static readonly Action<ILogger, string, int, string, int, long, double, Exception?> RequestCompletedMessage =
        LoggerMessage.Define<string, int, string, int, long, double>(
            LogLevel.Information,
            new EventId(TransparencyEventIds.RequestCompleted, nameof(TransparencyEventIds.RequestCompleted)),
            "{Request} returned {StatusCode} ({ContentKind}) after {Attempts} attempt(s): {Bytes} bytes in {ElapsedMs} ms");

    private static readonly Action<ILogger, string, int, string, Exception?> AttemptStartingMessage =
        LoggerMessage.Define<string, int, string>(
            LogLevel.Trace,
            new EventId(TransparencyEventIds.AttemptStarting, nameof(TransparencyEventIds.AttemptStarting)),
            "Sending {Request} (attempt {Attempt}); token in the {Placement}, value hidden");

    private static readonly Action<ILogger, string, int, string, double, Exception?> RetryScheduledMessage =
        LoggerMessage.Define<string, int, string, double>(
            LogLevel.Debug,
            new EventId(TransparencyEventIds.RetryScheduled, nameof(TransparencyEventIds.RetryScheduled)),
            "{Request} attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms");

    private static readonly Action<ILogger, string, int, string, Exception?> RequestFailedMessage =
        LoggerMessage.Define<string, int, string>(
            LogLevel.Warning,
            new EventId(TransparencyEventIds.RequestFailed, nameof(TransparencyEventIds.RequestFailed)),
            "{Request} failed after {Attempts} attempt(s): {Error}");

    private static readonly Action<ILogger, Exception?> TokenShapeUnexpectedMessage =
        LoggerMessage.Define(
            LogLevel.Warning,
            new EventId(TransparencyEventIds.TokenShapeUnexpected, nameof(TransparencyEventIds.TokenShapeUnexpected)),
            "The security token is neither a UUID nor a valid prefixed token (etp_…); it is sent anyway. If requests fail with 401, copy the token again from the platform's dialog.");

    private static readonly Action<ILogger, string, DateTimeOffset, double, Exception?> BanWaitMessage =
        LoggerMessage.Define<string, DateTimeOffset, double>(
            LogLevel.Warning,
            new EventId(TransparencyEventIds.BanWait, nameof(TransparencyEventIds.BanWait)),
            "{Request}: the platform banned this token until {BannedUntil:O}; waiting {DelaySeconds} s before retrying");

    private static readonly Action<ILogger, string, Exception?> NoMatchingDataMessage =
        LoggerMessage.Define<string>(
            LogLevel.Information,
            new EventId(TransparencyEventIds.NoMatchingData, nameof(TransparencyEventIds.NoMatchingData)),
            "{Request} matched no data");

    // The call's description is read only once a line is written: building it is most of a log call's cost.
    public void RequestCompleted(CallState call, int statusCode, TransparencyContentKind kind, int attempts, long bytes, TimeSpan elapsed)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            RequestCompletedMessage(logger, redactor.Redact(call.Description), statusCode, kind.ToString(), attempts, bytes, Math.Round(elapsed.TotalMilliseconds, 1), null);
        }
    }

    public void AttemptStarting(CallState call, int attempt, TokenPlacement placement)
    {
        if (logger.IsEnabled(LogLevel.Trace))
        {
            var where = placement == TokenPlacement.Header ? "SECURITY_TOKEN header" : "securityToken query parameter";
            AttemptStartingMessage(logger, redactor.Redact(call.Description), attempt, where, null);
        }
    }

    public void RetryScheduled(CallState call, int attempt, string reason, TimeSpan delay)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            RetryScheduledMessage(logger, redactor.Redact(call.Description), attempt, redactor.Redact(reason), Math.Round(delay.TotalMilliseconds, 1), null);
        }
    }

    public void RequestFailed(string request, int attempts, string error)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            // The exception itself is not attached: its message is already here, and its stack adds nothing a caller can act on.
            RequestFailedMessage(logger, redactor.Redact(request), attempts, redactor.Redact(error), null);
        }
    }

    public void TokenShapeUnexpected()
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            TokenShapeUnexpectedMessage(logger, null);
        }
    }

    public void BanWait(CallState call, DateTimeOffset bannedUntil, TimeSpan delay)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            BanWaitMessage(logger, redactor.Redact(call.Description), bannedUntil, Math.Round(delay.TotalSeconds, 1), null);
        }
    }

    public void NoMatchingData(CallState call)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            NoMatchingDataMessage(logger, redactor.Redact(call.Description), null);
        }
    }
}
