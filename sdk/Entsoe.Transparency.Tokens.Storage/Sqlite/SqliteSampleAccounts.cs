using Microsoft.Data.Sqlite;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// A SQLite file with an accounts table as a platform keeps it (<c>account_id</c>, <c>email</c>, <c>api_token</c>, an
/// index on the token), for demos and tests.
/// </summary>
public static class SqliteSampleAccounts
{
    /// <summary>The table's name.</summary>
    public const string Table = "accounts";

    /// <summary>Its key column (an <c>INTEGER PRIMARY KEY</c>).</summary>
    public const string KeyColumn = "account_id";

    /// <summary>Its token column (<c>varchar(80) NULL</c>, indexed).</summary>
    public const string TokenColumn = "api_token";

    /// <summary>Creates the file at <paramref name="path"/> with the table and <paramref name="accounts"/> in it, in one transaction.</summary>
    /// <param name="path">A path where no database exists yet.</param>
    /// <param name="accounts">The rows; a null token is stored as NULL.</param>
    public static void Create(string path, IEnumerable<(long Key, string Email, string? Token)> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.CommandText =
                $"CREATE TABLE {Table} ({KeyColumn} INTEGER PRIMARY KEY, email TEXT NOT NULL, {TokenColumn} varchar(80) NULL);"
                + $"CREATE INDEX ix_{Table}_{TokenColumn} ON {Table} ({TokenColumn});";
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {Table} ({KeyColumn}, email, {TokenColumn}) VALUES (@id, @email, @token)";
        var id = insert.Parameters.Add("@id", SqliteType.Integer);
        var email = insert.Parameters.Add("@email", SqliteType.Text);
        var token = insert.Parameters.Add("@token", SqliteType.Text);
        foreach (var account in accounts)
        {
            id.Value = account.Key;
            email.Value = account.Email;
            token.Value = (object?)account.Token ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
