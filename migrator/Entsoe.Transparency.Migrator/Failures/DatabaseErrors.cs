using System.Data.Common;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Failures;

/// <summary>
/// Driver errors that need their own message: what the DBA must do differs, or the server's text quotes a value. Each
/// engine says which of its driver's errors those are (<see cref="ITokenStoreProvider.Errors"/>).
/// </summary>
internal static class DatabaseErrors
{
    /// <summary>True when a unique index or constraint rejected a write.</summary>
    public static bool IsUniqueViolation(DbException exception) => TokenStoreProviders.ErrorsOf(exception)?.IsUniqueViolation(exception) ?? false;

    /// <summary>
    /// True when the server's message may quote a row's value (SQL Server's duplicate key and truncation messages do),
    /// and a stored hash or a plaintext token must not reach the console.
    /// </summary>
    public static bool QuotesValues(DbException exception) => TokenStoreProviders.ErrorsOf(exception)?.QuotesValues(exception) ?? false;

    /// <summary>The error number of a message withheld by <see cref="QuotesValues"/>, for --verbose.</summary>
    public static string Withheld(DbException exception) =>
        TokenStoreProviders.ErrorsOf(exception)?.Withheld(exception) ?? "its message quotes a row's value and is not shown";

    /// <summary>The message for a unique violation during a migration batch.</summary>
    public const string UniqueViolationMessage =
        "A unique index on the table rejected a hashed value: two rows would hold the same hash (their tokens differ only in case "
        + "or surrounding whitespace, or one row already holds that hash). Nothing of the failed batch was committed. Run `plan` "
        + "to count the rows sharing a token, give those accounts new tokens (`entsoe-tokens token issue --key <key> --overwrite`), "
        + "and rerun (the migration continues where it stopped).";
}
