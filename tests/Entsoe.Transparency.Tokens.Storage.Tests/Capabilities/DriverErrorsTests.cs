using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entsoe.Transparency.Tokens.Storage.Tests.Capabilities;

public sealed class DriverErrorsTests
{
    [Fact]
    public void ErrorsOf_SqliteUniqueViolation_IsTheSqliteEnginesAndSaysSo()
    {
        var error = UniqueViolation();

        var errors = TokenStoreProviders.ErrorsOf(error);

        Assert.Same(TokenStoreProviders.Get("sqlite").Errors, errors);
        Assert.True(errors!.IsUniqueViolation(error));
        Assert.False(errors.QuotesValues(error));
    }

    [Fact]
    public void ErrorsOf_OtherSqliteError_IsNoUniqueViolation()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM missing_table";
        var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());

        Assert.False(TokenStoreProviders.ErrorsOf(error)!.IsUniqueViolation(error));
    }

    [Fact]
    public void ErrorsOf_NpgsqlError_IsThePostgresEngines()
    {
        var error = new NpgsqlException("connection refused");

        var errors = TokenStoreProviders.ErrorsOf(error);

        Assert.Same(TokenStoreProviders.Get("postgres").Errors, errors);
        Assert.False(errors!.IsUniqueViolation(error));
        Assert.False(errors.QuotesValues(error));
    }

    [Fact]
    public void Raised_EachEngine_ClaimsOnlyItsOwnDriversErrors()
    {
        var sqlite = UniqueViolation();

        Assert.Single(TokenStoreProviders.All, p => p.Errors.Raised(sqlite));
    }

    private static SqliteException UniqueViolation()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (token TEXT UNIQUE); INSERT INTO t VALUES ('a');";
        command.ExecuteNonQuery();
        command.CommandText = "INSERT INTO t VALUES ('a')";
        return Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }
}
