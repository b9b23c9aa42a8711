using Entsoe.Transparency.Tokens.Storage;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.Tokens.AspNetCore;

/// <summary>
/// Every log line of the component. The arguments are account keys, fixed words and exception type names: no method
/// takes a token, a stored value or an exception message (a driver's message may quote a parameter).
/// </summary>
internal sealed class TransparencyTokenLog(ILogger logger)
{
    private static readonly Action<ILogger, string, string, Exception?> LoginSucceededMessage =
        LoggerMessage.Define<string, string>(
            LogLevel.Debug,
            new EventId(TransparencyTokenEventIds.LoginSucceeded, nameof(TransparencyTokenEventIds.LoginSucceeded)),
            "Security token accepted for account {Account} ({LoginKind})");

    private static readonly Action<ILogger, string, string, Exception?> LoginRejectedMessage =
        LoggerMessage.Define<string, string>(
            LogLevel.Information,
            new EventId(TransparencyTokenEventIds.LoginRejected, nameof(TransparencyTokenEventIds.LoginRejected)),
            "Security token rejected ({Reason}) in the {Placement}; value hidden");

    private static readonly Action<ILogger, string, string, Exception?> RehashedMessage =
        LoggerMessage.Define<string, string>(
            LogLevel.Information,
            new EventId(TransparencyTokenEventIds.Rehashed, nameof(TransparencyTokenEventIds.Rehashed)),
            "Account {Account}: {LoginKind} row rewritten to the active key on login");

    private static readonly Action<ILogger, string, Exception?> RehashSkippedMessage =
        LoggerMessage.Define<string>(
            LogLevel.Debug,
            new EventId(TransparencyTokenEventIds.RehashSkipped, nameof(TransparencyTokenEventIds.RehashSkipped)),
            "Account {Account}: row changed after it was read (a migration batch or an overwrite); rehash not written");

    private static readonly Action<ILogger, string, string, Exception?> RehashFailedMessage =
        LoggerMessage.Define<string, string>(
            LogLevel.Warning,
            new EventId(TransparencyTokenEventIds.RehashFailed, nameof(TransparencyTokenEventIds.RehashFailed)),
            "Account {Account}: rehash on login failed ({Error}); the login succeeded and the next one tries again");

    private static readonly Action<ILogger, int, string, Exception?> DuplicateAccountsMessage =
        LoggerMessage.Define<int, string>(
            LogLevel.Warning,
            new EventId(TransparencyTokenEventIds.DuplicateAccounts, nameof(TransparencyTokenEventIds.DuplicateAccounts)),
            "A security token verifies against {Count} accounts ({Accounts}); rejected. Run `entsoe-tokens verify` and give each account a token of its own");

    private static readonly Action<ILogger, string, Exception?> StoreUnavailableMessage =
        LoggerMessage.Define<string>(
            LogLevel.Error,
            new EventId(TransparencyTokenEventIds.StoreUnavailable, nameof(TransparencyTokenEventIds.StoreUnavailable)),
            "The accounts table could not be reached ({Error}); answering 503");

    public void LoginSucceeded(RowKey account, LoginKind kind)
    {
        // Every accepted request passes here: the account's text is built only when someone reads the line.
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LoginSucceededMessage(logger, account.ToString(), LoginKinds.Tag(kind), null);
        }
    }

    public void LoginRejected(string reason, string placement) => LoginRejectedMessage(logger, reason, placement, null);

    public void Rehashed(RowKey account, LoginKind kind) => RehashedMessage(logger, account.ToString(), LoginKinds.Tag(kind), null);

    public void RehashSkipped(RowKey account) => RehashSkippedMessage(logger, account.ToString(), null);

    public void RehashFailed(RowKey account, Exception error) => RehashFailedMessage(logger, account.ToString(), Describe(error), null);

    public void DuplicateAccounts(IReadOnlyList<RowKey> accounts) =>
        DuplicateAccountsMessage(logger, accounts.Count, string.Join(", ", accounts), null);

    public void StoreUnavailable(Exception error) => StoreUnavailableMessage(logger, Describe(error), null);

    // The storage library's own exceptions are written never to hold a value; a driver's may quote a parameter, so only
    // its type name is logged.
    private static string Describe(Exception error) => error is StoreConnectionException or StoreConfigurationException
        ? $"{error.GetType().Name}: {error.Message}"
        : error.GetType().Name;
}
