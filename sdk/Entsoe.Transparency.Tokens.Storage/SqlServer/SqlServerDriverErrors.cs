using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Microsoft.Data.SqlClient's errors.</summary>
internal sealed class SqlServerDriverErrors : IDriverErrors
{
    public static SqlServerDriverErrors Instance { get; } = new();

    public bool Raised(DbException exception) => exception is SqlException;

    public bool IsUniqueViolation(DbException exception) => exception is SqlException { Number: 2601 or 2627 };

    // The duplicate key (2601, 2627) and truncation (2628) messages quote the row's value: a stored hash or a plaintext token.
    public bool QuotesValues(DbException exception) => exception is SqlException { Number: 2601 or 2627 or 2628 };

    public string Withheld(DbException exception) => exception is SqlException sqlServer
        ? $"SQL Server error {sqlServer.Number} (its message quotes a row's value and is not shown)"
        : DriverErrorText.WithheldWithoutNumber;
}
