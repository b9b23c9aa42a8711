using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Microsoft.Data.Sqlite's errors.</summary>
internal sealed class SqliteDriverErrors : IDriverErrors
{
    // SQLite extended result codes SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static SqliteDriverErrors Instance { get; } = new();

    public bool Raised(DbException exception) => exception is SqliteException;

    public bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException sqlite && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    // Only SQL Server's messages are known to quote a row's value.
    public bool QuotesValues(DbException exception) => false;

    public string Withheld(DbException exception) => DriverErrorText.WithheldWithoutNumber;
}
