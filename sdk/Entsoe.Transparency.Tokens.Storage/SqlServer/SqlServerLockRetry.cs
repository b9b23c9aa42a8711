namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// Bounded retry of a whole batch after SQL Server gave up waiting for a lock (error 1222, <c>SET LOCK_TIMEOUT</c>) or
/// chose the batch as a deadlock victim (error 1205). Both leave the batch rolled back (XACT_ABORT ON), so running it
/// again is safe: the compare-and-swap guard decides each row afresh.
/// </summary>
internal sealed class SqlServerLockRetry(TimeProvider timeProvider, int maxAttempts = 4, TimeSpan? baseDelay = null)
{
    /// <summary>Lock request time out period exceeded.</summary>
    public const int LockTimeout = 1222;

    /// <summary>Transaction was deadlocked and has been chosen as the deadlock victim.</summary>
    public const int Deadlock = 1205;

    private readonly TimeSpan delay = baseDelay ?? TimeSpan.FromMilliseconds(250);

    /// <summary>How many attempts in all (first try included).</summary>
    public int MaxAttempts => maxAttempts;

    public static bool IsRetryable(int errorNumber) => errorNumber is LockTimeout or Deadlock;

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: 1×, 2×, 4× ... the base delay (no jitter needed: the
    /// contending session is a user's single-row write, not another retrying migrator).</summary>
    public TimeSpan DelayAfter(int attempt) => delay * (1 << Math.Clamp(attempt - 1, 0, 10));

    /// <summary>Runs <paramref name="attempt"/>; when it fails with an error <paramref name="errorNumber"/> maps to 1222 or 1205,
    /// waits and runs it again, at most <see cref="MaxAttempts"/> times in all; then the last error propagates.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> attempt, Func<Exception, int?> errorNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(errorNumber);
        for (var tried = 1; ; tried++)
        {
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (tried < maxAttempts && errorNumber(ex) is { } number && IsRetryable(number))
            {
                await Task.Delay(DelayAfter(tried), timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
