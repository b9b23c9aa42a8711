using System.Data.Common;
using Npgsql;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Npgsql's errors.</summary>
internal sealed class PostgresDriverErrors : IDriverErrors
{
    public static PostgresDriverErrors Instance { get; } = new();

    public bool Raised(DbException exception) => exception is NpgsqlException;

    public bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException postgres && postgres.SqlState == PostgresErrorCodes.UniqueViolation;

    // Only SQL Server's messages are known to quote a row's value.
    public bool QuotesValues(DbException exception) => false;

    public string Withheld(DbException exception) => DriverErrorText.WithheldWithoutNumber;
}
