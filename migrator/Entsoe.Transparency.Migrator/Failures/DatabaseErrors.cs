using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entsoe.Transparency.Migrator.Failures;

/// <summary>Driver errors that need their own message: what the DBA must do differs, or the server's text quotes a value.</summary>
internal static class DatabaseErrors
{
    // SQLite extended result codes SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>True when a unique index or constraint rejected a write.</summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>
    /// True when the server's message may quote a row's value: SQL Server's duplicate key (2601, 2627) and truncation
    /// (2628) messages do, and a stored hash or a plaintext token must not reach the console.
    /// </summary>
    public static bool QuotesValues(DbException exception) => exception is SqlException { Number: 2601 or 2627 or 2628 };

    /// <summary>The error number of a message withheld by <see cref="QuotesValues"/>, for --verbose.</summary>
    public static string Withheld(DbException exception) => exception is SqlException sqlServer
        ? $"SQL Server error {sqlServer.Number} (its message quotes a row's value and is not shown)"
        : "its message quotes a row's value and is not shown";

    /// <summary>The message for a unique violation during a migration batch.</summary>
    public const string UniqueViolationMessage =
        "A unique index on the table rejected a hashed value: two rows would hold the same hash (their tokens differ only in case "
        + "or surrounding whitespace, or one row already holds that hash). Nothing of the failed batch was committed. Run `plan` "
        + "to count the rows sharing a token, give those accounts new tokens (`entsoe-tokens token issue --key <key> --overwrite`), "
        + "and rerun (the migration continues where it stopped).";
}
