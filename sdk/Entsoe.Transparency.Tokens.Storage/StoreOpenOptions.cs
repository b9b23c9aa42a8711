namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>How a command intends to use a store, so a provider can set up the session accordingly.</summary>
/// <param name="ForWrites">True for <c>migrate --execute</c> and <c>token issue</c>; false for read-only commands
/// (a provider may then open read-only and must not change database settings).</param>
/// <param name="LockTimeout">How long one statement may wait for a lock before failing (SQL Server LOCK_TIMEOUT,
/// PostgreSQL lock_timeout, SQLite busy timeout).</param>
public sealed record StoreOpenOptions(bool ForWrites, TimeSpan LockTimeout)
{
    /// <summary>Read-only with a 30 s lock timeout.</summary>
    public static StoreOpenOptions ReadOnly { get; } = new(false, TimeSpan.FromSeconds(30));

    /// <summary>Writes with a 30 s lock timeout.</summary>
    public static StoreOpenOptions Writes { get; } = new(true, TimeSpan.FromSeconds(30));
}
